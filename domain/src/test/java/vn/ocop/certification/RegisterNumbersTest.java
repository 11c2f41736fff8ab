package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.control.RegisterNumbers;
import vn.ocop.certification.control.RegisterNumbers.Issued;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The number the committee's register gave a decision: its form and its order among the body's decisions of the year. */
class RegisterNumbersTest {

    private static final LocalDate NOV_12 = LocalDate.of(2019, 11, 12);
    private static final LocalDate DEC_05 = LocalDate.of(2019, 12, 5);
    private static final List<Issued> DISTRICT_2019 = List.of(new Issued(2468, "2468/QĐ-UBND", LocalDate.of(2019, 10, 28)),
            new Issued(2779, "2779/QĐ-UBND", DEC_05));

    @Test
    void theNumberAloneOrWithTheSymbolGivesThePrintedNumber() {
        assertEquals(new RegisterNumbers.Typed(2468, "2468/QĐ-UBND"), RegisterNumbers.parse("2468"));
        assertEquals(new RegisterNumbers.Typed(2468, "2468/QĐ-UBND"), RegisterNumbers.parse(" 2468/QĐ-UBND "));
        assertEquals(new RegisterNumbers.Typed(2468, "2468/QĐ-UBND"), RegisterNumbers.parse("2468/qđ-ubnd"), "symbol in any case");
        assertEquals(new RegisterNumbers.Typed(2468, "2468/QĐ-UBND"), RegisterNumbers.parse("2468 / QĐ-UBND"));
    }

    @Test
    void numbersBelowTenKeepTheLeadingZeroOfTheRegisterAndTheLargestHasSixDigits() {
        assertEquals(new RegisterNumbers.Typed(5, "05/QĐ-UBND"), RegisterNumbers.parse("05"));
        assertEquals(new RegisterNumbers.Typed(5, "5/QĐ-UBND"), RegisterNumbers.parse("5"));
        assertEquals(999_999, RegisterNumbers.parse("999999").sequence());
        assertEquals(10, RegisterNumbers.parse("10").sequence());
    }

    @Test
    void anythingElseIsRefusedOnTheNumberFieldWithTheExpectedForm() {
        for (String wrong : new String[]{null, "", "  ", "0", "00", "010", "0123", "1000000", "-5", "12a", "2468/QĐ-CT",
                "2468/", "2468/QĐ-UBND/2019", "QĐ-UBND", "2,468", "２４６８"}) {
            BusinessException e = assertThrows(BusinessException.class, () -> RegisterNumbers.parse(wrong), String.valueOf(wrong));
            assertEquals(RegisterNumbers.FORMAT, e.messageKey(), String.valueOf(wrong));
            assertEquals("number", e.field(), String.valueOf(wrong));
        }
    }

    @Test
    void aHigherNumberOnAnEarlierDayOrALowerOnALaterDayIsOutOfOrder() {
        assertTrue(RegisterNumbers.outOfOrder(2600, NOV_12, DISTRICT_2019).isEmpty(), "between the two: in order");
        assertEquals(2468, RegisterNumbers.outOfOrder(2400, NOV_12, DISTRICT_2019).orElseThrow().sequence(),
                "lower than one signed earlier");
        assertEquals(2779, RegisterNumbers.outOfOrder(2800, NOV_12, DISTRICT_2019).orElseThrow().sequence(),
                "higher than one signed later");
        assertEquals(2779, RegisterNumbers.outOfOrder(2700, LocalDate.of(2019, 12, 6), DISTRICT_2019).orElseThrow().sequence());
    }

    @Test
    void theSameDayGoesInAnyOrderAndOtherYearsDoNotCount() {
        assertTrue(RegisterNumbers.outOfOrder(2700, DEC_05, DISTRICT_2019).isEmpty(), "same day, lower number");
        assertTrue(RegisterNumbers.outOfOrder(2900, DEC_05, DISTRICT_2019).isEmpty(), "same day, higher number");
        assertTrue(RegisterNumbers.outOfOrder(12, LocalDate.of(2020, 1, 3), DISTRICT_2019).isEmpty(), "a new register each year");
        assertTrue(RegisterNumbers.outOfOrder(1, NOV_12, List.of()).isEmpty());
    }
}
