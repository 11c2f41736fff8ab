package vn.ocop.registration.boundary;

import vn.ocop.registration.entity.ProducerStatus;
import vn.ocop.registration.entity.ProducerType;

/** What a list of producers is narrowed by; every part is optional. The text ignores diacritics and case. */
public record ProducerFilter(String text, Long communeId, ProducerType type, ProducerStatus status) {

    public static ProducerFilter none() {
        return new ProducerFilter(null, null, null, null);
    }
}
