package vn.ocop.identity;

import org.junit.jupiter.api.Test;
import vn.ocop.identity.control.AccountStamp;
import vn.ocop.identity.control.SignInThrottle;
import vn.ocop.identity.entity.AccountState;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.shared.control.BusinessException;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private static final long T0 = 1_000_000_000_000L;
    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    @Test
    void fiveFailuresForOneNameFromOneAddressThrottleThatPairOnly() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 4; i++) {
            assertFalse(throttle.failed("203.0.113.9", "admin", T0 + i * MINUTE));
            assertTrue(throttle.allows("203.0.113.9", "admin", T0 + i * MINUTE));
        }
        assertTrue(throttle.failed("203.0.113.9", "admin", T0 + 4 * MINUTE), "the fifth failure throttles");
        assertFalse(throttle.allows("203.0.113.9", "admin", T0 + 5 * MINUTE));
        assertFalse(throttle.allows("203.0.113.9", " ADMIN ", T0 + 5 * MINUTE), "the same name however typed");
        assertTrue(throttle.allows("198.51.100.7", "admin", T0 + 5 * MINUTE),
                "the administrator still signs in from their own machine: the account is not locked");
        assertTrue(throttle.allows("203.0.113.9", "officer", T0 + 5 * MINUTE), "another name from that address is checked");
        assertTrue(throttle.allows("203.0.113.9", "admin", T0 + 15 * MINUTE), "the window ends 15 minutes after it began");
    }

    @Test
    void oneAddressTryingManyNamesIsThrottledWhateverTheName() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < SignInThrottle.PER_ADDRESS - 1; i++) {
            assertFalse(throttle.failed("203.0.113.9", "user" + i, T0));
        }
        assertTrue(throttle.failed("203.0.113.9", "user-last", T0));
        assertFalse(throttle.allows("203.0.113.9", "never-tried", T0), "the address itself is throttled");
        assertTrue(throttle.allows("198.51.100.7", "never-tried", T0));
    }

    @Test
    void aSuccessForgetsThatNamesFailuresButNotTheAddresss() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 4; i++) {
            throttle.failed("203.0.113.9", "officer", T0);
        }
        throttle.succeeded("203.0.113.9", "officer");
        assertFalse(throttle.failed("203.0.113.9", "officer", T0), "counting starts again after a success");
    }

    @Test
    void theTableStaysBoundedWhateverTheAddresses() {
        SignInThrottle throttle = new SignInThrottle();
        for (int i = 0; i < 30_000; i++) {
            throttle.failed("10.0." + (i / 250) + "." + (i % 250), "x" + i, T0);
        }
        assertTrue(throttle.size() <= SignInThrottle.MAX_KEYS, "at most " + SignInThrottle.MAX_KEYS + " keys: " + throttle.size());
    }

    @Test
    void theSessionStampChangesWithTheRoleTheUnitAndThePasswordAndADisabledAccountHasNone() {
        UserAccount user = new UserAccount("officer", "Nguyễn Thị Hương", Role.OFFICER, null, "ocop-demo-1".toCharArray());
        String stamp = user.sessionStamp();
        assertEquals(stamp, user.sessionStamp(), "stable while nothing changes");
        user.rename("Nguyễn Thị Hương Giang");
        user.preferLocale(java.util.Locale.ENGLISH);
        assertEquals(stamp, user.sessionStamp(), "a new name or language keeps the sessions");
        user.assign(Role.LEADER, null);
        String leader = user.sessionStamp();
        assertNotEquals(stamp, leader, "a new role ends the sessions");
        user.changePassword("another-pass-2".toCharArray());
        assertNotEquals(leader, user.sessionStamp(), "a new password ends the sessions");

        assertNotEquals(AccountStamp.of("OFFICER", 7L, "h"), AccountStamp.of("OFFICER", 8L, "h"), "so does another unit");
        assertEquals(AccountStamp.of("OFFICER", 7L, "h"), new AccountState(true, Role.OFFICER, 7L, "h").stamp());
        assertNull(new AccountState(false, Role.OFFICER, 7L, "h").stamp(), "a disabled account keeps no session");
    }

    @Test
    void communeOfficerNeedsACommune() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new UserAccount("commune", "Đỗ Minh Phượng", Role.COMMUNE, null, "ocop-demo".toCharArray()));
        assertEquals("identity.unit.communeRequired", e.messageKey());
    }

    @Test
    void usernameFormatIsChecked() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new UserAccount("Có dấu", "X", Role.OFFICER, null, "ocop-demo".toCharArray()));
        assertEquals("identity.username.format", e.messageKey());
    }
}
