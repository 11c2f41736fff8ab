package vn.ocop.identity.boundary;

/** How a sign-in attempt ended; only {@link #SIGNED_IN} lets the user in; every refusal is the same {@link #REFUSED}. */
public enum LoginOutcome {
    SIGNED_IN, REFUSED
}
