package vn.ocop.registration.entity;

/** The legal form of a producer (reference §9: the shares nationally). */
public enum ProducerType {
    ENTERPRISE, COOPERATIVE, COOPERATIVE_GROUP, HOUSEHOLD_BUSINESS;

    /** Enterprises and cooperatives always have a tax code; groups and households may have a registration number. */
    public boolean needsTaxCode() {
        return this == ENTERPRISE || this == COOPERATIVE;
    }
}
