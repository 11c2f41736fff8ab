package vn.ocop.identity;

import org.junit.jupiter.api.Test;
import vn.ocop.identity.control.PasswordHash;
import vn.ocop.identity.control.PasswordPolicy;
import vn.ocop.shared.control.BusinessException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordRulesTest {

    @Test
    void hashVerifiesOnlyTheSamePassword() {
        String stored = PasswordHash.hash("ocop-demo".toCharArray());
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:"));
        assertTrue(PasswordHash.matches("ocop-demo".toCharArray(), stored));
        assertFalse(PasswordHash.matches("ocop-demO".toCharArray(), stored));
        assertFalse(PasswordHash.matches("ocop-demo".toCharArray(), "garbage"));
    }

    @Test
    void sameePasswordHashesDifferently() {
        assertNotEquals(PasswordHash.hash("ocop-demo".toCharArray()), PasswordHash.hash("ocop-demo".toCharArray()));
    }

    @Test
    void policyAcceptsTheDemoPassword() {
        assertDoesNotThrow(() -> PasswordPolicy.check("officer", "ocop-demo".toCharArray()));
    }

    @Test
    void policyRefusesShortSimpleAndUsernamePasswords() {
        assertEquals("identity.password.tooShort", refused("officer", "a-1"));
        assertEquals("identity.password.tooSimple", refused("officer", "onlyletters"));
        assertEquals("identity.password.tooSimple", refused("officer", "1234567890"));
        assertEquals("identity.password.sameAsUsername", refused("officer.1", "Officer.1"));
        assertEquals("identity.password.tooLong", refused("officer", "a1".repeat(65)));
    }

    private static String refused(String user, String password) {
        BusinessException e = assertThrows(BusinessException.class, () -> PasswordPolicy.check(user, password.toCharArray()));
        assertEquals("password", e.field());
        return e.messageKey();
    }
}
