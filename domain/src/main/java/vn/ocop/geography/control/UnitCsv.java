package vn.ocop.geography.control;

import vn.ocop.shared.control.BusinessException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file as RFC 4180 writes it (comma, double quotes around a field that holds a comma, a
 * quote or a line break, a quote doubled inside), encoded in UTF-8 with or without the byte-order
 * mark that spreadsheets write. Refuses as a whole a file that is empty, too large, not UTF-8 or not
 * text, or that has too many rows.
 */
public final class UnitCsv {

    public static final int MAX_KILOBYTES = 2048;
    public static final long MAX_BYTES = MAX_KILOBYTES * 1024L;
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_FIELD = 500;

    private UnitCsv() {
    }

    /** The rows of the file (the header first), each a list of fields as typed. */
    public static List<List<String>> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessException.onField("file", "geography_import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.onField("file", "geography_import.tooLarge", MAX_KILOBYTES);
        }
        String text = decode(content);
        if (text.indexOf('\u0000') >= 0) {
            throw BusinessException.onField("file", "geography_import.notCsv");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                add(rows, row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
            if (field.length() > MAX_FIELD * 4) {
                throw BusinessException.onField("file", "geography_import.fieldTooLong", rows.size() + 1, MAX_FIELD);
            }
        }
        if (quoted) {
            throw BusinessException.onField("file", "geography_import.openQuote", rows.size() + 1);
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            add(rows, row);
        }
        if (rows.isEmpty()) {
            throw BusinessException.onField("file", "geography_import.empty");
        }
        return rows;
    }

    /** Keeps blank lines as empty rows so that row numbers stay those of the file; refuses too many rows. */
    private static void add(List<List<String>> rows, List<String> row) {
        if (rows.size() > MAX_ROWS) {
            throw BusinessException.onField("file", "geography_import.tooManyRows", MAX_ROWS);
        }
        rows.add(row.size() == 1 && row.get(0).isBlank() ? List.of() : row);
    }

    private static String decode(byte[] content) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw BusinessException.onField("file", "geography_import.notUtf8");
        }
    }
}
