package vn.ocop.identity;

import org.junit.jupiter.api.Test;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockoutTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 3, 2, 8, 0);

    private static UserAccount user() {
        return new UserAccount("officer", "Nguyễn Thị Hương", Role.OFFICER, null, "ocop-demo".toCharArray());
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockForFifteenMinutes() {
        UserAccount user = user();
        for (int i = 0; i < 4; i++) {
            assertFalse(user.loginFailed(T0.plusMinutes(3L * i)));
        }
        assertTrue(user.loginFailed(T0.plusMinutes(14)), "the fifth failure locks");
        assertTrue(user.isLocked(T0.plusMinutes(14)));
        assertTrue(user.isLocked(T0.plusMinutes(28).plusSeconds(59)));
        assertFalse(user.isLocked(T0.plusMinutes(29)), "the lock ends 15 minutes after it began");
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        UserAccount user = user();
        for (int i = 0; i < 4; i++) {
            user.loginFailed(T0.plusMinutes(i));
        }
        assertFalse(user.loginFailed(T0.plusMinutes(15)), "the window restarted at minute 15");
        assertFalse(user.isLocked(T0.plusMinutes(15)));
    }

    @Test
    void successResetsTheCountAndUnlockEndsALock() {
        UserAccount user = user();
        for (int i = 0; i < 4; i++) {
            user.loginFailed(T0);
        }
        user.loginSucceeded(T0.plusMinutes(1));
        assertFalse(user.loginFailed(T0.plusMinutes(2)), "counting starts again after a success");
        for (int i = 0; i < 4; i++) {
            user.loginFailed(T0.plusMinutes(3));
        }
        assertTrue(user.isLocked(T0.plusMinutes(3)));
        user.unlock();
        assertFalse(user.isLocked(T0.plusMinutes(3)));
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
