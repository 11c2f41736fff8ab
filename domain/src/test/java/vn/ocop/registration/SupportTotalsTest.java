package vn.ocop.registration;

import org.junit.jupiter.api.Test;
import vn.ocop.registration.boundary.SupportTotal;
import vn.ocop.registration.boundary.SupportTotals;
import vn.ocop.registration.boundary.SupportTotals.Line;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SupportTotalsTest {

    private static final SupportTotals TOTALS = new SupportTotals(List.of(
            new SupportTotal(1L, "EQUIPMENT", "Máy móc", "Machinery", 1, 21L, "Xã Tân Hội", 2, 150_000_000),
            new SupportTotal(1L, "EQUIPMENT", "Máy móc", "Machinery", 1, 10L, "Thị trấn Phùng", 1, 60_000_000),
            new SupportTotal(2L, "BRANDING", "Bao bì", "Packaging", 2, 21L, "Xã Tân Hội", 3, 9_000_000)));

    @Test
    void typesAreSummedInTheirOrderAndNamedInTheLanguage() {
        assertEquals(List.of(new Line("Máy móc", 3, 210_000_000), new Line("Bao bì", 3, 9_000_000)), TOTALS.byType("vi"));
        assertEquals("Packaging", TOTALS.byType("en").get(1).label());
    }

    @Test
    void communesAreSummedByName() {
        assertEquals(List.of(new Line("Thị trấn Phùng", 1, 60_000_000), new Line("Xã Tân Hội", 5, 159_000_000)),
                TOTALS.byCommune());
        assertEquals(6, TOTALS.count());
        assertEquals(219_000_000, TOTALS.amountVnd());
    }

    @Test
    void oneTypeOnly() {
        SupportTotals branding = TOTALS.only(2L);
        assertEquals(3, branding.count());
        assertEquals(List.of(new Line("Xã Tân Hội", 3, 9_000_000)), branding.byCommune());
        assertEquals(TOTALS, TOTALS.only(null));
    }
}
