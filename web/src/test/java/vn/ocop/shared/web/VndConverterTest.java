package vn.ocop.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VndConverterTest {

    @Test
    void amountsAreGroupedTheVietnameseWay() {
        assertEquals("1.250.000", VndConverter.group(1_250_000L));
        assertEquals("0", VndConverter.group(0));
        assertEquals("999", VndConverter.group(999));
        assertEquals("50.000.000.000", VndConverter.group(50_000_000_000L));
        assertEquals("-12.000", VndConverter.group(-12_000));
    }

    @Test
    void typedAmountsLoseTheirGroupingAndSign() {
        VndConverter converter = new VndConverter();
        assertEquals(1_250_000L, converter.getAsObject(null, null, "1.250.000 ₫"));
        assertNull(converter.getAsObject(null, null, " "));
    }
}
