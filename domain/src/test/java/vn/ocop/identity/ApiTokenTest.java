package vn.ocop.identity;

import org.junit.jupiter.api.Test;
import vn.ocop.identity.control.TokenSecret;
import vn.ocop.identity.entity.ApiToken;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 6, 9, 0);

    private static UserAccount owner() {
        return new UserAccount("officer", "Nguyễn Thị Hương", Role.OFFICER, null, "ocop-demo-1".toCharArray());
    }

    @Test
    void secretsAreLongRandomAndOnlyTheirHashIsKept() {
        String one = TokenSecret.generate();
        String two = TokenSecret.generate();
        assertNotEquals(one, two);
        assertTrue(TokenSecret.looksLikeOne(one), one);
        assertEquals(48, one.length());
        assertEquals(64, TokenSecret.hash(one).length());
        assertFalse(TokenSecret.looksLikeOne("ocop_short"));
        assertFalse(TokenSecret.looksLikeOne("Basic abc"));
        assertFalse(TokenSecret.looksLikeOne(null));
        ApiToken token = new ApiToken(owner(), "Phần mềm thống kê", false, null, one, NOW);
        assertEquals(one.substring(0, 11), token.getPrefix(), "the owner sees its first characters only");
    }

    @Test
    void aTokenIsUsableUntilItsLastDayUnlessRevokedOrItsOwnerDisabled() {
        UserAccount owner = owner();
        ApiToken token = new ApiToken(owner, "Nhập điểm", true, NOW.toLocalDate().plusDays(30), TokenSecret.generate(), NOW);
        assertTrue(token.usableOn(NOW.toLocalDate().plusDays(30)), "the last day is included");
        assertFalse(token.usableOn(NOW.toLocalDate().plusDays(31)));
        owner.setEnabled(false);
        assertFalse(token.usableOn(NOW.toLocalDate()), "a disabled owner's tokens stop");
        owner.setEnabled(true);
        token.revoke(NOW.plusHours(1));
        assertFalse(token.usableOn(NOW.toLocalDate()));
    }

    @Test
    void aTokenIsNamedAndEndsNoEarlierThanToday() {
        assertEquals("error.required", assertThrows(BusinessException.class,
                () -> new ApiToken(owner(), "  ", false, null, TokenSecret.generate(), NOW)).messageKey());
        assertEquals("identity.token.expiryPast", assertThrows(BusinessException.class,
                () -> new ApiToken(owner(), "Cũ", false, LocalDate.of(2026, 12, 5), TokenSecret.generate(), NOW)).messageKey());
    }

    @Test
    void itsUseIsNotedAtMostOnceADay() {
        ApiToken token = new ApiToken(owner(), "Thống kê", false, null, TokenSecret.generate(), NOW);
        assertTrue(token.usedOn(NOW.toLocalDate()));
        assertFalse(token.usedOn(NOW.toLocalDate()), "a second call the same day writes nothing");
        assertTrue(token.usedOn(NOW.toLocalDate().plusDays(1)));
    }
}
