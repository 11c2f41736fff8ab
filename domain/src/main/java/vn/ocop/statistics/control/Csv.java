package vn.ocop.statistics.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: fields separated by commas, records ended by CRLF, a field quoted
 * (with its quotes doubled) when it holds a comma, a quote, a line break or leading or trailing space; null as an
 * empty field. The caller writes UTF-8.
 */
public final class Csv {

    private Csv() {
    }

    /** One record, ended by CRLF. */
    public static void record(Writer out, List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field, quoted when it must be. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
