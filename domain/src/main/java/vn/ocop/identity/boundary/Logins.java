package vn.ocop.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.control.PasswordHash;
import vn.ocop.identity.entity.AccountState;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.control.VietnameseText;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a sign-in attempt before anyone is signed in. Throttled attempts ({@link SignInLimits}) are refused before
 * any password is hashed; an unknown name, a wrong password and a disabled account are refused alike, with one answer
 * and in the same time. No refusal locks the account. A sign-in through the login page is audited and stamps the
 * account's last sign-in; a machine client's call (HTTP Basic) writes nothing when it succeeds.
 */
@Stateless
@PermitAll
public class Logins {

    /** Compared against when the user does not exist, so both cases take the same time. */
    private static final String DUMMY_HASH = PasswordHash.hash("not-a-password-1".toCharArray());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @EJB
    SignInLimits limits;

    @Inject
    Clock clock;

    /** A sign-in through the login page. */
    public LoginResult verify(String typedUsername, char[] password, String clientAddress) {
        return verify(typedUsername, password, clientAddress, true);
    }

    /** A sign-in; {@code interactive} is false for a machine client's credentials sent with each call. */
    public LoginResult verify(String typedUsername, char[] password, String clientAddress, boolean interactive) {
        String username = VietnameseText.normalise(typedUsername);
        username = username == null ? "" : username.toLowerCase(Locale.ROOT);
        String actor = username.length() > 100 ? username.substring(0, 100) : username;
        if (!limits.allows(clientAddress, username)) {
            return LoginResult.REFUSED;
        }
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
        boolean matches = found.isPresent() ? found.get().passwordMatches(password) : PasswordHash.matches(password, DUMMY_HASH);
        if (found.isEmpty() || !matches || !found.get().isEnabled()) {
            String detail = found.isEmpty() ? "unknown user" : !matches ? "wrong password" : "account disabled";
            audit.event(actor.isEmpty() ? AuditTrail.ANONYMOUS : actor, "LOGIN_FAILURE", detail, clientAddress);
            if (limits.failed(clientAddress, username)) {
                audit.event(actor.isEmpty() ? AuditTrail.ANONYMOUS : actor, "LOGIN_THROTTLED",
                        "further attempts from this address are refused for 15 minutes", clientAddress);
            }
            return LoginResult.REFUSED;
        }
        UserAccount user = found.get();
        limits.succeeded(clientAddress, username);
        if (interactive) {
            user.loginSucceeded(LocalDateTime.now(clock));
            audit.event(actor, "LOGIN_SUCCESS", null, clientAddress);
        }
        return new LoginResult(LoginOutcome.SIGNED_IN, user.getUsername(), user.getRole(), user.getLocale(), user.sessionStamp());
    }

    /**
     * The stamp that a session of this account must carry now, or empty when the account no longer exists or is
     * disabled; read from the database at every signed-in request (never kept: a change made anywhere, even in the
     * database itself, ends the session at its next request).
     */
    public Optional<String> stampOf(String username) {
        return em.createNamedQuery(UserAccount.STAMP_STATE, AccountState.class).setParameter("username", username)
                .getResultStream().findFirst().map(AccountState::stamp);
    }

    /** Writes the sign-out to the audit log. */
    public void signedOut(String username, String clientAddress) {
        audit.event(username, "LOGOUT", null, clientAddress);
    }
}
