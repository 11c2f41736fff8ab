package vn.ocop.geography.control;

import vn.ocop.geography.entity.UnitType;
import vn.ocop.shared.control.VietnameseText;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the cells of the official list of units ({@link UnitImport}): official codes, unit types by their Vietnamese
 * names, dates (dd/MM/yyyy or ISO); every problem goes to the import's list with its row and column.
 */
final class UnitCells {

    /** Where a cell's problem goes: its row, its column (index), a message key and its arguments. */
    interface Problems {
        void add(int row, int column, String key, Object... arguments);
    }

    private static final Pattern CODE = Pattern.compile("[0-9]{2,10}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final Problems problems;

    UnitCells(Problems problems) {
        this.problems = problems;
    }

    /** Whether every cell of the row is safe to read: no formula, not too long, no control character. */
    boolean safe(int row, List<String> fields) {
        boolean safe = true;
        for (int c = 0; c < fields.size(); c++) {
            String value = fields.get(c);
            if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
                problems.add(row, c, "geography_import.formula", value.substring(0, Math.min(20, value.length())));
            } else if (value.length() > UnitCsv.MAX_FIELD) {
                problems.add(row, c, "error.tooLong", UnitCsv.MAX_FIELD);
            } else if (value.chars().anyMatch(ch -> Character.isISOControl(ch))) {
                problems.add(row, c, "geography_import.control");
            } else {
                continue;
            }
            safe = false;
        }
        return safe;
    }

    String code(int row, int column, String text, boolean required) {
        String code = text.strip();
        if (code.isEmpty()) {
            if (required) {
                problems.add(row, column, "error.required");
            }
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            problems.add(row, column, "geography_import.code", code);
            return null;
        }
        return code;
    }

    /** The codes of a cell, separated by semicolons. */
    List<String> codes(int row, int column, String text) {
        List<String> codes = new ArrayList<>();
        for (String part : text.split(";")) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(code).matches()) {
                problems.add(row, column, "geography_import.code", code);
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    UnitType type(int row, String text) {
        String key = VietnameseText.searchKey(text);
        if (key == null || key.isBlank()) {
            problems.add(row, 2, "error.required");
            return null;
        }
        UnitType type = switch (key) {
            case "tinh" -> UnitType.PROVINCE;
            case "thanh pho truc thuoc trung uong", "thanh pho truc thuoc tw" -> UnitType.CENTRAL_CITY;
            case "quan" -> UnitType.URBAN_DISTRICT;
            case "huyen" -> UnitType.RURAL_DISTRICT;
            case "thi xa" -> UnitType.TOWN;
            case "xa" -> UnitType.COMMUNE;
            case "phuong" -> UnitType.WARD;
            case "thi tran" -> UnitType.TOWNSHIP;
            default -> null;
        };
        if (type == null) {
            for (UnitType t : UnitType.values()) {
                if (t.name().equalsIgnoreCase(text.strip())) {
                    type = t;
                }
            }
        }
        if (type == null) {
            problems.add(row, 2, "geography_import.type", text.strip());
        }
        return type;
    }

    LocalDate date(int row, int column, String text, boolean required) {
        String value = text.strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(row, column, "error.required");
            }
            return null;
        }
        for (DateTimeFormatter format : List.of(DAY, ISO)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // the other format
            }
        }
        problems.add(row, column, "geography_import.date", value);
        return null;
    }

    /** A day as the messages print it ("…" for an open end). */
    static String format(LocalDate day) {
        return day == null ? "…" : DAY.format(day);
    }
}
