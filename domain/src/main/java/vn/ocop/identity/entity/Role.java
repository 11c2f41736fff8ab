package vn.ocop.identity.entity;

/** What a user may do; see the roles table of the design. */
public enum Role {
    ADMIN, OFFICER, COUNCIL, COMMUNE, LEADER
}
