package vn.ocop.shared.control;

/** The role names, as constants for {@code @RolesAllowed}; the enum of the identity capability mirrors them. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String OFFICER = "OFFICER";
    public static final String COUNCIL = "COUNCIL";
    public static final String COMMUNE = "COMMUNE";
    public static final String LEADER = "LEADER";

    private Roles() {
    }
}
