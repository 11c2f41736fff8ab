package vn.ocop.statistics.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: fields separated by commas, records ended by CRLF, a field quoted
 * (with its quotes doubled) when it holds a comma, a quote, a line break or leading or trailing space; null as an
 * empty field. The caller writes UTF-8.
 * <p>
 * A text field that a spreadsheet would read as a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return) is written with a single quote in front, as OWASP's guidance on CSV injection says, so
 * that a product name such as {@code =HYPERLINK(...)} opens as text. Numbers, dates and other values that are not
 * text are written as they are: a negative number stays a number.
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
        String text = value instanceof CharSequence ? neutralised(value.toString()) : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Text that a spreadsheet would take for a formula, with a single quote in front; other text as it is. */
    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
