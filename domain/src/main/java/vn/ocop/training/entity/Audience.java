package vn.ocop.training.entity;

/**
 * Who a course is for, and who a person to train is: the programme staff of the
 * district and of the communes, council and advisory members, and the managers of producers.
 */
public enum Audience {
    DISTRICT_STAFF, COMMUNE_STAFF, COUNCIL_ADVISORY, PRODUCER_MANAGER;

    /**
     * Whether a course for this audience takes a person of that audience, and so counts for their
     * coverage: programme staff of the district and the communes share their courses; council
     * members and producers' managers have their own.
     */
    public boolean admits(Audience person) {
        return person != null && group() == person.group();
    }

    public boolean isStaff() {
        return this == DISTRICT_STAFF || this == COMMUNE_STAFF;
    }

    private int group() {
        return isStaff() ? 0 : ordinal();
    }
}
