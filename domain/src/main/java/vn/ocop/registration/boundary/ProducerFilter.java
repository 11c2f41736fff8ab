package vn.ocop.registration.boundary;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerStatus;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.shared.control.VietnameseText;

import java.util.ArrayList;
import java.util.List;

/** What a list of producers is narrowed by; every part is optional. The text ignores diacritics and case. */
public record ProducerFilter(String text, Long communeId, ProducerType type, ProducerStatus status) {

    public static ProducerFilter none() {
        return new ProducerFilter(null, null, null, null);
    }

    /** The filter and the caller's scope as conditions on a producer: the list and its export use the same. */
    Predicate[] conditions(CriteriaBuilder cb, Root<Producer> producer, Caller caller) {
        List<Predicate> where = new ArrayList<>();
        String key = VietnameseText.searchKey(text);
        if (!key.isEmpty()) {
            String like = "%" + key.replace("%", "").replace("_", "") + "%";
            where.add(cb.or(cb.like(producer.get("nameKey"), like), cb.like(cb.lower(producer.get("taxCode")), like)));
        }
        if (communeId != null) {
            where.add(cb.equal(producer.get("commune").get("id"), communeId));
        }
        if (type != null) {
            where.add(cb.equal(producer.get("type"), type));
        }
        if (status != null) {
            where.add(cb.equal(producer.get("status"), status));
        }
        if (caller.onlyUnits() != null) {
            where.add(producer.get("commune").get("id").in(caller.onlyUnits()));
        }
        return where.toArray(Predicate[]::new);
    }
}
