package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Numbers, percentages, money and dates as each language writes them. */
class FormatsTest {

    private static final Locale VI = Formats.VIETNAMESE;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void numbersGroupThousandsAndMarkDecimalsAsEachLanguageDoes() {
        assertEquals("1.234,5", Formats.number(new BigDecimal("1234.50"), VI));
        assertEquals("1,234.5", Formats.number(new BigDecimal("1234.50"), EN));
        assertEquals("10", Formats.number(new BigDecimal("10.00"), VI), "no trailing zeros");
        assertEquals("89,29", Formats.number(new BigDecimal("89.29"), VI));
        assertEquals("1.000.000", Formats.number(1_000_000L, VI));
        assertEquals("0,33", Formats.number(1.0 / 3, VI), "two decimals at most");
        assertEquals("-2,5", Formats.number(new BigDecimal("-2.5"), VI));
        assertEquals("0", Formats.number(new BigDecimal("-0.001"), VI));
        assertEquals("", Formats.number(null, VI));
    }

    @Test
    void aCouncilsMeanKeepsItsTwoDecimals() {
        assertEquals("66,00", Formats.fixed(new BigDecimal("66"), 2, VI));
        assertEquals("66.00", Formats.fixed(new BigDecimal("66"), 2, EN));
        assertEquals("72,44", Formats.fixed(new BigDecimal("72.435"), 2, VI), "half up");
    }

    @Test
    void percentagesHaveOneDecimalAndAnUnbreakableSpaceBeforeTheSign() {
        assertEquals("97,1\u00a0%", Formats.percent(new BigDecimal("97.14"), VI));
        assertEquals("97.1\u00a0%", Formats.percent(new BigDecimal("97.14"), EN));
        assertEquals("33,3\u00a0%", Formats.percent(100.0 / 3, VI));
        assertEquals("100,0\u00a0%", Formats.percent(100, VI));
        assertEquals("0.0\u00a0%", Formats.percent(BigDecimal.ZERO, EN));
    }

    @Test
    void moneyIsWholeDongWithTheWordInVietnameseAndTheCodeInEnglish() {
        assertEquals("500.000.000\u00a0đồng", Formats.money(500_000_000L, VI));
        assertEquals("VND\u00a0500,000,000", Formats.money(500_000_000L, EN));
        assertEquals("0\u00a0đồng", Formats.money(0, VI));
        assertEquals("1.250.001\u00a0đồng", Formats.money(new BigDecimal("1250000.6"), VI), "rounded to the đồng");
        assertEquals("", Formats.money(null, EN));
    }

    @Test
    void datesAreDayMonthYearInBothLanguages() {
        assertEquals("05/12/2019", Formats.date(LocalDate.of(2019, 12, 5)));
        assertEquals("05/12/2019 14:03", Formats.dateTime(LocalDateTime.of(2019, 12, 5, 14, 3, 59)));
        assertEquals("", Formats.date(null));
    }
}
