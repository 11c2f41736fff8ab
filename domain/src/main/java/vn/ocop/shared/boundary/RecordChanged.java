package vn.ocop.shared.boundary;

/**
 * Fired by {@link AuditTrail} for every audited change of a record or of many (an import of units, certificates marked
 * as expiring; not a sign-in or sign-out), inside the change's transaction; an
 * observer of the phase {@code AFTER_SUCCESS} learns that the change was committed (caches of figures drop what they
 * kept).
 *
 * @param action     the audited action (e.g. PRODUCT_REGISTERED)
 * @param recordType the type of the record changed
 */
public record RecordChanged(String action, String recordType) {
}
