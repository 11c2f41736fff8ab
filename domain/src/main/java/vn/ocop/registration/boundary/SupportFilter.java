package vn.ocop.registration.boundary;

/**
 * What a list of supports is narrowed by; every part is optional. The producer text ignores
 * diacritics and case and matches the name or the tax code.
 */
public record SupportFilter(Integer year, Long communeId, Long typeId, String producer) {

    public static SupportFilter none() {
        return new SupportFilter(null, null, null, null);
    }
}
