package vn.ocop.identity.boundary;

import vn.ocop.identity.entity.Role;

/** The answer to a sign-in attempt: the outcome and, when signed in, the user's role and language. */
public record LoginResult(LoginOutcome outcome, String username, Role role, String locale) {

    public boolean signedIn() {
        return outcome == LoginOutcome.SIGNED_IN;
    }
}
