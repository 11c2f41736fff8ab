package vn.ocop.registration.boundary;

import java.io.Serializable;

import jakarta.persistence.Tuple;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.registration.entity.Support;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A support as lists, the producer page and the API show it: what, when, how much, from which
 * funds, under which decision or contract, and how many documents prove it.
 */
public record SupportView(Long id, Long producerId, String producerName, Long communeId, String communeName,
                          Long productId, String productName, Long typeId, String typeCode, String typeNameVi,
                          String typeNameEn, LocalDate grantedOn, long amountVnd, FundingSource fundingSource,
                          String referenceNumber, String note, String recordedBy, LocalDateTime recordedAt,
                          long documents, long version) implements Serializable {

    static SupportView of(Support s, long documents) {
        return new SupportView(s.getId(), s.getProducer().getId(), s.getProducer().getName(),
                s.getProducer().getCommune().getId(), s.getProducer().getCommune().getName(),
                s.getProduct() == null ? null : s.getProduct().getId(),
                s.getProduct() == null ? null : s.getProduct().getName(), s.getType().getId(), s.getType().getCode(),
                s.getType().getNameVi(), s.getType().getNameEn(), s.getGrantedOn(), s.getAmountVnd(),
                s.getFundingSource(), s.getReferenceNumber(), s.getNote(), s.getRecordedBy(), s.getRecordedAt(),
                documents, s.getVersion());
    }

    /** A row of the list query, whose selections carry the names of this record's fields. */
    static SupportView of(Tuple t, long documents) {
        return new SupportView(t.get("id", Long.class), t.get("producerId", Long.class), t.get("producerName", String.class),
                t.get("communeId", Long.class), t.get("communeName", String.class), t.get("productId", Long.class),
                t.get("productName", String.class), t.get("typeId", Long.class), t.get("typeCode", String.class),
                t.get("typeNameVi", String.class), t.get("typeNameEn", String.class),
                t.get("grantedOn", LocalDate.class), ((Number) t.get("amountVnd")).longValue(),
                t.get("fundingSource", FundingSource.class), t.get("referenceNumber", String.class),
                t.get("note", String.class), t.get("recordedBy", String.class), t.get("recordedAt", LocalDateTime.class),
                documents, ((Number) t.get("version")).longValue());
    }

    /** The type's name in a language ("en" or Vietnamese). */
    public String typeName(String language) {
        return "en".equals(language) ? typeNameEn : typeNameVi;
    }
}
