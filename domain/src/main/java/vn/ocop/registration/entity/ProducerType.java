package vn.ocop.registration.entity;

/** The legal form of a producer (enterprises, cooperatives, cooperative groups, registered household businesses). */
public enum ProducerType {
    ENTERPRISE, COOPERATIVE, COOPERATIVE_GROUP, HOUSEHOLD_BUSINESS;

    /** Enterprises and cooperatives always have a tax code; groups and households may have a registration number. */
    public boolean needsTaxCode() {
        return this == ENTERPRISE || this == COOPERATIVE;
    }
}
