package vn.ocop.identity.boundary;

import vn.ocop.identity.entity.Role;

/**
 * The answer to a sign-in attempt: the outcome and, when signed in, the user's role, language and the stamp their
 * session keeps of the account's rights.
 */
public record LoginResult(LoginOutcome outcome, String username, Role role, String locale, String stamp) {

    /** Every refusal, whatever its cause: one answer, so that nobody learns which accounts exist. */
    public static final LoginResult REFUSED = new LoginResult(LoginOutcome.REFUSED, null, null, null, null);

    public boolean signedIn() {
        return outcome == LoginOutcome.SIGNED_IN;
    }
}
