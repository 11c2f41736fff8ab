package vn.ocop.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationLimitTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void twentyLookUpsPerTenSecondsPerAddress() {
        VerificationLimit limit = new VerificationLimit();
        for (int i = 0; i < VerificationLimit.PER_WINDOW; i++) {
            assertTrue(limit.allow("203.0.113.5", i * 100_000_000L));
        }
        assertFalse(limit.allow("203.0.113.5", 3 * SECOND), "the 21st within the window");
        assertTrue(limit.allow("198.51.100.5", 3 * SECOND), "another address is counted on its own");
        assertTrue(limit.allow("203.0.113.5", 11 * SECOND), "a new window");
    }

    @Test
    void theTableStaysBoundedWhateverTheAddresses() {
        VerificationLimit limit = new VerificationLimit();
        for (int i = 0; i < 50_000; i++) {
            limit.allow("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255), 1);
        }
        assertTrue(limit.size() <= VerificationLimit.MAX_ADDRESSES, "at most " + VerificationLimit.MAX_ADDRESSES + ": " + limit.size());
    }
}
