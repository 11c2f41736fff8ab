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
}
