package vn.ocop.shared;

import org.junit.jupiter.api.Test;
import vn.ocop.shared.control.Share;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shares compared exactly, rounded only to be shown. */
class ShareTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Test
    void aTargetIsReachedByTheExactShare() {
        assertFalse(new Share(2000, 2001).reaches(HUNDRED), "99.95 % rounds to 100.0 but is short");
        assertTrue(new Share(2001, 2001).reaches(HUNDRED));
        assertFalse(new Share(1_999_999, 2_000_000).reaches(HUNDRED), "99.99995 %");
        assertTrue(new Share(1, 3).reaches(new BigDecimal("33.3")));
        assertFalse(new Share(1, 3).reaches(new BigDecimal("33.34")));
        assertTrue(new Share(2, 3).reaches(new BigDecimal("66.66")));
        assertFalse(new Share(2, 3).reaches(new BigDecimal("66.67")), "66.666… is short of 66.67");
        assertTrue(new Share(0, 0).reaches(HUNDRED), "nobody to count");
        assertTrue(new Share(0, 5).reaches(BigDecimal.ZERO));
    }

    @Test
    void theShareIsShownWithOneDecimalAndNeverAsAHundredWhileSomebodyIsMissing() {
        assertEquals(new BigDecimal("99.9"), new Share(2000, 2001).percent());
        assertEquals(new BigDecimal("99.9"), new Share(1_999_999, 2_000_000).percent());
        assertEquals(new BigDecimal("100.0"), new Share(2001, 2001).percent());
        assertEquals(new BigDecimal("100.0"), new Share(0, 0).percent());
        assertEquals(new BigDecimal("66.7"), new Share(2, 3).percent(), "half up");
        assertEquals(new BigDecimal("0.1"), new Share(1, 2000).percent(), "0.05 half up");
        assertEquals(new BigDecimal("0.0"), new Share(0, 7).percent());
    }

    @Test
    void theReachedShareOfATargetStaysBelowAHundredUntilItIsReached() {
        assertEquals(new BigDecimal("99.9"), new Share(2000, 2001).reachedOf(HUNDRED));
        assertEquals(new BigDecimal("100.0"), new Share(2001, 2001).reachedOf(HUNDRED));
        assertEquals(new BigDecimal("50.0"), new Share(40, 100).reachedOf(new BigDecimal("80")));
        assertEquals(new BigDecimal("125.0"), new Share(100, 100).reachedOf(new BigDecimal("80")));
        assertEquals(new BigDecimal("100.0"), new Share(0, 10).reachedOf(BigDecimal.ZERO));
        assertEquals(new BigDecimal("97.8"), new Share(978, 1000).reachedOf(HUNDRED), "the same figure as the share itself");
        assertEquals(new BigDecimal("97.8"), new Share(978, 1000).percent());
        assertThrows(IllegalArgumentException.class, () -> new Share(-1, 3));
    }
}
