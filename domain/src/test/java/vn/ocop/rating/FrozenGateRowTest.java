package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.GateReason;
import vn.ocop.rating.entity.FrozenGateRow;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A missed mark read back from a concluded round answers like the live one. */
class FrozenGateRowTest {

    private static GateReason read(String required) {
        return new FrozenGateRow(7L, 3, "C.8.a", "Công bố chất lượng", "Phần C › 8 › a)", "Có công bố", new BigDecimal(required),
                new BigDecimal("1.60"), 1, 3).reason();
    }

    @Test
    void thePointsRequiredAreAsTheSheetPrintsThem() {
        assertEquals(new BigDecimal("3"), read("3.00").required(), "the column's scale is not the sheet's");
        assertEquals(new BigDecimal("0.5"), read("0.50").required());
        assertEquals(new BigDecimal("10"), read("10.00").required(), "never 1E+1");
        assertEquals("10", read("10.00").required().toString());
        assertEquals(new BigDecimal("1.60"), read("3").found());
        assertEquals("3★: C.8.a Công bố chất lượng – Có công bố (≥ 3; 1.60; 1/3)", read("3.00").text());
    }
}
