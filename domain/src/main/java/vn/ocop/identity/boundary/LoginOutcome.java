package vn.ocop.identity.boundary;

/** How a sign-in attempt ended; only {@link #SIGNED_IN} lets the user in. */
public enum LoginOutcome {
    SIGNED_IN, INVALID, LOCKED, DISABLED
}
