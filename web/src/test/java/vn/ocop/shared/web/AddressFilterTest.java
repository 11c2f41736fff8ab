package vn.ocop.shared.web;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The filter values a list reads from its address (a value it does not understand warns, through the page: see the ITs). */
class AddressFilterTest {

    @Test
    void readableValuesAreTakenWhateverTheirCaseAndSpaces() {
        assertEquals(DayOfWeek.MONDAY, AddressFilter.value(DayOfWeek.class, " monday "));
        assertEquals(42L, AddressFilter.id("42"));
        assertEquals(90, AddressFilter.number("90", 30, 90, 180));
        assertEquals(Boolean.TRUE, AddressFilter.flag("TRUE"));
        assertEquals(Boolean.FALSE, AddressFilter.flag(" false"));
    }

    @Test
    void anEmptyFilterIsNoFilter() {
        assertNull(AddressFilter.value(DayOfWeek.class, ""));
        assertNull(AddressFilter.id(null));
        assertNull(AddressFilter.number(" ", 30));
        assertNull(AddressFilter.flag(""));
    }
}
