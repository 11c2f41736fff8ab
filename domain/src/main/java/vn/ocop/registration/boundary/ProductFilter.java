package vn.ocop.registration.boundary;

import vn.ocop.registration.entity.CycleStep;

import java.util.Set;

/**
 * What a list of products is narrowed by; every part is optional. The text ignores diacritics and case; the products
 * are narrowed to those of {@code ids}, or to all but those when {@code exceptIds} (a class in force, computed by the
 * dashboard that counts them).
 */
public record ProductFilter(String text, Long producerId, Long communeId, CycleStep step, Set<Long> ids, boolean exceptIds) {

    public ProductFilter(String text, Long producerId, Long communeId, CycleStep step) {
        this(text, producerId, communeId, step, null, false);
    }

    public static ProductFilter none() {
        return new ProductFilter(null, null, null, null);
    }
}
