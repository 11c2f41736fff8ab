package vn.ocop.registration.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.VietnameseText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A sheet of an uploaded workbook with its columns found by their header in row 1, and the values
 * of its cells as the import reads them. Every value that cannot be read becomes a problem at its
 * row and column; the value is then null.
 */
final class ImportSheet<C extends Enum<C> & WorkbookLayout.Column> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final double LAST_EXCEL_DAY = 2_958_465;

    private final Sheet sheet;
    private final Class<C> type;
    private final Map<C, Integer> columns;
    private final List<ImportProblem> problems;

    private ImportSheet(Sheet sheet, Class<C> type, List<ImportProblem> problems) {
        this.sheet = sheet;
        this.type = type;
        this.columns = headers(sheet.getRow(0), type);
        this.problems = problems;
    }

    /**
     * The sheet of that name (diacritics and case aside), or null when the workbook has none. A
     * missing required column is a problem at row 1.
     */
    static <C extends Enum<C> & WorkbookLayout.Column> ImportSheet<C> find(Workbook workbook, String name, Class<C> type,
                                                                           List<ImportProblem> problems) {
        for (Sheet sheet : workbook) {
            if (WorkbookLayout.key(sheet.getSheetName()).equals(WorkbookLayout.key(name))) {
                ImportSheet<C> found = new ImportSheet<>(sheet, type, problems);
                found.checkHeaders();
                return found;
            }
        }
        return null;
    }

    private static <C extends Enum<C> & WorkbookLayout.Column> Map<C, Integer> headers(Row header, Class<C> type) {
        Map<C, Integer> found = new EnumMap<>(type);
        if (header == null) {
            return found;
        }
        for (Cell cell : header) {
            String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
            for (C column : type.getEnumConstants()) {
                if (text != null && WorkbookLayout.key(text).equals(WorkbookLayout.key(column.header()))) {
                    found.putIfAbsent(column, cell.getColumnIndex());
                }
            }
        }
        return found;
    }

    private void checkHeaders() {
        for (C column : type.getEnumConstants()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(new ImportProblem(sheet.getSheetName(), 1, null, column.header(),
                        "registration.import.missingColumn", List.of(column.header())));
            }
        }
    }

    /** Whether every required column is there, so that the rows can be read. */
    boolean complete() {
        return Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.required() && !columns.containsKey(c));
    }

    /** The data rows (below the header) with a value in a known column, at most {@code limit} of them. */
    List<Row> rows(int limit) {
        List<Row> rows = new ArrayList<>();
        for (int index = 1; index <= sheet.getLastRowNum() && rows.size() < limit; index++) {
            Row row = sheet.getRow(index);
            if (row != null && columns.values().stream().anyMatch(c -> !blank(row.getCell(c)))) {
                rows.add(row);
            }
        }
        return rows;
    }

    String name() {
        return sheet.getSheetName();
    }

    /** The row number as Excel shows it. */
    static int number(Row row) {
        return row.getRowNum() + 1;
    }

    /** The text of a cell, normalised (NFC, trimmed, single spaces); whole numbers without a decimal point. */
    String text(Row row, C column) {
        return read(row, column, true);
    }

    /**
     * A code (tax code, registration number): spaces removed, upper case. A tax code typed as a
     * number loses its leading zeros in Excel; they are put back (a tax code has ten digits).
     */
    String code(Row row, C column) {
        return code(row, column, true);
    }

    /** The code of a cell as {@link #code} reads it, without recording a problem. */
    String codeQuietly(Row row, C column) {
        return code(row, column, false);
    }

    private String code(Row row, C column, boolean report) {
        String text = read(row, column, report);
        if (text == null) {
            return null;
        }
        String code = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (type(cell(row, column)) == CellType.NUMERIC && code.matches("\\d{1,9}")) {
            return "0".repeat(10 - code.length()) + code;
        }
        return code;
    }

    private String read(Row row, C column, boolean report) {
        Cell cell = cell(row, column);
        if (cell == null || type(cell) == CellType.ERROR) {
            if (cell != null && report) {
                problem(row, column, "registration.import.cellError");
            }
            return null;
        }
        return switch (type(cell)) {
            case STRING -> VietnameseText.normalise(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) && inExcelRange(cell.getNumericCellValue())
                    ? SHOWN.format(cell.getLocalDateTimeCellValue()) : plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> null;
        };
    }

    /** A date: a date cell, or text written dd/MM/yyyy. */
    LocalDate date(Row row, C column) {
        Cell cell = cell(row, column);
        if (cell == null) {
            return null;
        }
        if (type(cell) == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell) && inExcelRange(cell.getNumericCellValue())) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            problem(row, column, "registration.import.date", text);
            return null;
        }
    }

    /** A whole number that is not negative. */
    Integer whole(Row row, C column) {
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        String digits = text.replace(" ", "");
        if (digits.matches("-\\d+")) {
            problem(row, column, "error.negative");
        } else if (!digits.matches("\\d{1,9}")) {
            problem(row, column, "registration.import.wholeNumber", text);
        } else {
            return Integer.valueOf(digits);
        }
        return null;
    }

    /** Applies a rule to the values of a row; a broken rule becomes a problem at that column. */
    <T> T rule(Row row, C column, Supplier<T> rule) {
        try {
            return rule.get();
        } catch (BusinessException broken) {
            problem(row, column, broken.messageKey(), broken.arguments());
            return null;
        }
    }

    /**
     * Builds a record through its entity's constructor and methods; a broken rule becomes a problem
     * at the column of the field it names (the whole row when no column holds that field).
     */
    <T> T build(Row row, Map<String, C> fields, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (BusinessException broken) {
            problem(row, broken.field() == null ? null : fields.get(broken.field()), broken.messageKey(), broken.arguments());
            return null;
        }
    }

    /** A problem at a cell; with no column, about the whole row. */
    void problem(Row row, C column, String key, Object... arguments) {
        Integer index = column == null ? null : columns.get(column);
        problems.add(new ImportProblem(sheet.getSheetName(), number(row),
                index == null ? null : CellReference.convertNumToColString(index),
                column == null ? null : column.header(), key, List.of(arguments)));
    }

    private Cell cell(Row row, C column) {
        Integer index = columns.get(column);
        Cell cell = index == null ? null : row.getCell(index);
        return cell == null || blank(cell) ? null : cell;
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private static boolean blank(Cell cell) {
        if (cell == null) {
            return true;
        }
        CellType type = type(cell);
        return type == CellType.BLANK || type == CellType._NONE
                || type == CellType.STRING && VietnameseText.normalise(cell.getStringCellValue()) == null;
    }

    private static boolean inExcelRange(double day) {
        return day >= 0 && day <= LAST_EXCEL_DAY;
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
