package vn.ocop.rating;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.Quorum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Three quarters of the members with the chair present, by default (a council's own rules; configurable). */
class QuorumTest {

    @ParameterizedTest(name = "{0} members need {1}")
    @CsvSource({"1, 1", "2, 2", "3, 3", "4, 3", "5, 4", "7, 6", "8, 6", "11, 9", "12, 9", "15, 12"})
    void threeQuartersRoundedUp(int members, int required) {
        assertEquals(required, Quorum.DEFAULT.required(members));
        assertTrue(Quorum.DEFAULT.met(members, required, true));
        assertFalse(Quorum.DEFAULT.met(members, required - 1, true));
    }

    @Test
    void theChairMustBeThereByDefault() {
        assertTrue(Quorum.DEFAULT.met(11, 11, true));
        assertFalse(Quorum.DEFAULT.met(11, 10, false));
        assertTrue(new Quorum(3, 4, false).met(11, 9, false));
    }

    @Test
    void anotherShareCanBeConfigured() {
        Quorum half = new Quorum(1, 2, true);
        assertEquals(4, half.required(7));
        assertTrue(half.met(7, 4, true));
        assertFalse(half.met(7, 3, true));
        assertThrows(IllegalArgumentException.class, () -> new Quorum(5, 4, true));
        assertThrows(IllegalArgumentException.class, () -> new Quorum(1, 0, true));
    }

    @Test
    void impossibleCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Quorum.DEFAULT.met(0, 0, true));
        assertThrows(IllegalArgumentException.class, () -> Quorum.DEFAULT.met(7, 8, true));
        assertThrows(IllegalArgumentException.class, () -> Quorum.DEFAULT.met(7, -1, true));
    }
}
