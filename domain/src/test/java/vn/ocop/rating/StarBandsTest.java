package vn.ocop.rating;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.StarBands;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The star bands of 1048 and 148, half-open, at every edge. */
class StarBandsTest {

    @ParameterizedTest(name = "{0} → {1}★")
    @CsvSource({"0, 1", "0.00, 1", "29.99, 1", "30, 2", "30.00, 2", "49.99, 2", "50, 3", "69.99, 3", "69.994, 3",
            "70, 4", "70.00, 4", "89.99, 4", "90, 5", "99.99, 5", "100, 5", "100.00, 5"})
    void classesAreClosedAtTheirLowerBound(String score, int stars) {
        assertEquals(stars, StarBands.DEFAULT.stars(new BigDecimal(score)));
    }

    @Test
    void scoresOutsideZeroToHundredAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StarBands.DEFAULT.stars(new BigDecimal("100.01")));
        assertThrows(IllegalArgumentException.class, () -> StarBands.DEFAULT.stars(new BigDecimal("-0.01")));
    }

    @Test
    void eachClassStartsAtItsThresholdAndTheUiGetsThemAsArguments() {
        assertEquals(0, BigDecimal.ZERO.compareTo(StarBands.DEFAULT.from(1)));
        assertEquals(new BigDecimal(70), StarBands.DEFAULT.from(4));
        assertEquals(new BigDecimal(90), StarBands.DEFAULT.from(5));
        assertThrows(IllegalArgumentException.class, () -> StarBands.DEFAULT.from(6));
        assertArrayEquals(new Object[] {new BigDecimal(30), new BigDecimal(50), new BigDecimal(70), new BigDecimal(90)},
                StarBands.DEFAULT.ruleArguments());
        assertEquals("rating.result.band_rule", StarBands.RULE_KEY);
    }

    @Test
    void aRegimeMayCarryItsOwnBandsIfTheyRise() {
        StarBands other = new StarBands(new BigDecimal(20), new BigDecimal(50), new BigDecimal(60), new BigDecimal(80));
        assertEquals(4, other.stars(new BigDecimal("79.99")));
        assertEquals(5, other.stars(new BigDecimal(80)));
        assertThrows(IllegalArgumentException.class,
                () -> new StarBands(new BigDecimal(30), new BigDecimal(70), new BigDecimal(50), new BigDecimal(90)));
        assertThrows(IllegalArgumentException.class,
                () -> new StarBands(new BigDecimal(30), new BigDecimal(50), new BigDecimal(70), new BigDecimal(101)));
    }
}
