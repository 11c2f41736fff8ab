package vn.ocop.registration.boundary;

import java.io.Serializable;

import jakarta.persistence.Tuple;

/** The supports of one type in one commune (within the asked year): how many and how much. */
public record SupportTotal(Long typeId, String typeCode, String typeNameVi, String typeNameEn, int typePosition,
                           Long communeId, String communeName, long count, long amountVnd) implements Serializable {

    /** A row of the totals query, whose selections carry these names. */
    static SupportTotal of(Tuple t) {
        return new SupportTotal(t.get("typeId", Long.class), t.get("code", String.class), t.get("nameVi", String.class),
                t.get("nameEn", String.class), ((Number) t.get("position")).intValue(), t.get("communeId", Long.class),
                t.get("communeName", String.class), ((Number) t.get("count")).longValue(),
                ((Number) t.get("amount")).longValue());
    }

    public String typeName(String language) {
        return "en".equals(language) ? typeNameEn : typeNameVi;
    }
}
