package vn.ocop.registration.boundary;

import vn.ocop.registration.entity.CycleStep;

/** What a list of products is narrowed by; every part is optional. The text ignores diacritics and case. */
public record ProductFilter(String text, Long producerId, Long communeId, CycleStep step) {

    public static ProductFilter none() {
        return new ProductFilter(null, null, null, null);
    }
}
