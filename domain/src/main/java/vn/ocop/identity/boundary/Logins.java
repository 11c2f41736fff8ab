package vn.ocop.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.control.PasswordHash;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.control.VietnameseText;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Checks a sign-in attempt before anyone is signed in: the password, the lockout, the account
 * being enabled. Every attempt, successful or not, is written to the audit log.
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

    @Inject
    Clock clock;

    public LoginResult verify(String typedUsername, char[] password, String clientAddress) {
        String username = VietnameseText.normalise(typedUsername);
        username = username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        String actor = username.length() > 100 ? username.substring(0, 100) : username;
        if (found.isEmpty()) {
            PasswordHash.matches(password, DUMMY_HASH);
            return refused(LoginOutcome.INVALID, actor, "unknown user", clientAddress);
        }
        UserAccount user = found.get();
        if (user.isLocked(now)) {
            return refused(LoginOutcome.LOCKED, actor, "account locked", clientAddress);
        }
        if (!user.passwordMatches(password)) {
            boolean locked = user.loginFailed(now);
            if (locked) {
                audit.event(actor, "LOGIN_LOCKED", "locked until " + user.getLockedUntil(), clientAddress);
            }
            return refused(LoginOutcome.INVALID, actor, "wrong password", clientAddress);
        }
        if (!user.isEnabled()) {
            return refused(LoginOutcome.DISABLED, actor, "account disabled", clientAddress);
        }
        user.loginSucceeded(now);
        audit.event(actor, "LOGIN_SUCCESS", null, clientAddress);
        return new LoginResult(LoginOutcome.SIGNED_IN, user.getUsername(), user.getRole(), user.getLocale());
    }

    /** Writes the sign-out to the audit log. */
    public void signedOut(String username, String clientAddress) {
        audit.event(username, "LOGOUT", null, clientAddress);
    }

    private LoginResult refused(LoginOutcome outcome, String actor, String detail, String clientAddress) {
        audit.event(actor.isEmpty() ? AuditTrail.ANONYMOUS : actor, "LOGIN_FAILURE", detail, clientAddress);
        return new LoginResult(outcome, null, null, null);
    }
}
