package vn.ocop.training.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ocop.registration.control.ImportProblem;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.WorkbookLimits;
import vn.ocop.shared.control.VietnameseText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a workbook of people to enrol in a course (sheet "Học viên", columns found by their header
 * in row 1, in any order) in the way the producer import reads its workbooks: every row is checked
 * and every problem listed with its row and column; a file enrols all its rows or none. A row names
 * a producer's manager by the producer's tax code and the manager's name, or a staff member by
 * their user name (the name must then be theirs). Each person must be one the course admits, in the
 * caller's commune for a commune officer, not enrolled yet and not twice in the file; all rows
 * together must fit in the places left.
 */
public final class EnrolmentImport {

    public static final String SHEET = "Học viên";
    public static final int MAX_MEGABYTES = 2;
    public static final int MAX_ROWS = 500;

    /** The columns of the sheet. */
    public enum Column {
        TAX_CODE("Mã số thuế / số đăng ký chủ thể"), NAME("Họ và tên"), USERNAME("Tên đăng nhập (cán bộ)"), NOTE("Ghi chú");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }
    }

    /**
     * What the boundary supplies: the people the course admits in the caller's scope, the keys of
     * those already enrolled, the places left, and the only commune allowed (null: all).
     */
    public record Reference(List<Trainee> admitted, Set<String> enrolled, long placesLeft, Set<Long> onlyUnitIds) {
    }

    /** A row as read, with the person found (null when not). */
    public record Line(int row, String taxCode, String name, String username, String personKey, String organisation)
            implements Serializable {
    }

    /** The rows, the problems and, when there is none, the people to enrol. */
    public record Plan(List<Line> lines, List<ImportProblem> problems, List<Trainee> people) implements Serializable {

        public Plan {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
            people = List.copyOf(people);
        }

        public boolean valid() {
            return problems.isEmpty() && !people.isEmpty();
        }
    }

    private final Reference reference;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Trainee> people = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private Map<Column, Integer> columns;
    private String sheetName = SHEET;

    private EnrolmentImport(Reference reference) {
        this.reference = reference;
    }

    public static Plan check(byte[] content, Reference reference) {
        try (XSSFWorkbook workbook = WorkbookLimits.open(content, MAX_MEGABYTES)) {
            return new EnrolmentImport(reference).check(workbook);
        } catch (IOException e) {
            throw BusinessException.onField("file", "registration.import.notXlsx");
        }
    }

    /** The empty workbook to fill in: the sheet with its headers and a short guide in row 2's note column. */
    public static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (Column column : Column.values()) {
                Cell cell = header.createCell(column.ordinal());
                cell.setCellValue(column.header());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(column.ordinal(), 32 * 256);
                sheet.setDefaultColumnStyle(column.ordinal(), text);
            }
            Sheet guide = workbook.createSheet("Hướng dẫn");
            String[] lines = {
                "Mỗi dòng của trang \"" + SHEET + "\" là một học viên.",
                "Người quản lý của chủ thể: ghi mã số thuế (số đăng ký) của chủ thể và họ tên người quản lý như đã đăng ký.",
                "Cán bộ huyện, xã, thành viên hội đồng: ghi tên đăng nhập và họ tên của cán bộ.",
                "Tệp có bất kỳ lỗi nào thì không ghi danh ai; sửa lỗi rồi tải lên lại."};
            for (int i = 0; i < lines.length; i++) {
                guide.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            guide.setColumnWidth(0, 110 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Plan check(XSSFWorkbook workbook) {
        Sheet sheet = null;
        for (Sheet candidate : workbook) {
            if (VietnameseText.searchKey(candidate.getSheetName()).equals(VietnameseText.searchKey(SHEET))) {
                sheet = candidate;
            }
        }
        if (sheet == null) {
            throw BusinessException.onField("file", "training.import.noSheet", SHEET);
        }
        sheetName = sheet.getSheetName();
        columns = headers(sheet.getRow(0));
        if (!columns.containsKey(Column.NAME)) {
            problems.add(new ImportProblem(sheetName, 1, null, Column.NAME.header(), "registration.import.missingColumn",
                    List.of(Column.NAME.header())));
            return new Plan(lines, problems, List.of());
        }
        List<Row> rows = new ArrayList<>();
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Row row = sheet.getRow(index);
            if (row != null && (text(row, Column.TAX_CODE) != null || text(row, Column.NAME) != null
                    || text(row, Column.USERNAME) != null)) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw BusinessException.onField("file", "registration.import.noRows");
        }
        if (rows.size() > MAX_ROWS) {
            throw BusinessException.onField("file", "registration.import.tooManyRows", MAX_ROWS);
        }
        rows.forEach(this::line);
        if (problems.isEmpty() && people.size() > reference.placesLeft()) {
            problems.add(new ImportProblem(sheetName, rows.get(rows.size() - 1).getRowNum() + 1, null, null,
                    "training.import.capacity", List.of(people.size(), reference.placesLeft())));
        }
        return new Plan(lines, problems, problems.isEmpty() ? people : List.of());
    }

    private Map<Column, Integer> headers(Row header) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        if (header != null) {
            for (Cell cell : header) {
                String key = cell.getCellType() == CellType.STRING ? VietnameseText.searchKey(cell.getStringCellValue()) : "";
                for (Column column : Column.values()) {
                    if (!key.isEmpty() && key.equals(VietnameseText.searchKey(column.header()))) {
                        found.putIfAbsent(column, cell.getColumnIndex());
                    }
                }
            }
        }
        return found;
    }

    private void line(Row row) {
        String taxCode = code(row);
        String name = text(row, Column.NAME);
        String username = text(row, Column.USERNAME);
        Trainee person = null;
        if (name == null) {
            problem(row, Column.NAME, "error.required");
        } else if (username != null) {
            person = reference.admitted().stream().filter(t -> username.toLowerCase(Locale.ROOT).equals(t.username()))
                    .findFirst().orElse(null);
            if (person == null) {
                problem(row, Column.USERNAME, "training.import.unknownUser", username);
            } else if (!VietnameseText.searchKey(person.name()).equals(VietnameseText.searchKey(name))) {
                problem(row, Column.NAME, "training.import.nameMismatch", person.name());
                person = null;
            }
        } else if (taxCode == null) {
            problem(row, Column.TAX_CODE, "training.import.personMissing");
        } else {
            List<Trainee> ofProducer = reference.admitted().stream().filter(t -> taxCode.equals(t.taxCode())).toList();
            if (ofProducer.isEmpty()) {
                problem(row, Column.TAX_CODE, "training.import.unknownProducer", taxCode);
            } else {
                person = ofProducer.stream().filter(t -> VietnameseText.searchKey(t.name()).equals(VietnameseText.searchKey(name)))
                        .findFirst().orElse(null);
                if (person == null) {
                    problem(row, Column.NAME, "training.import.unknownManager", name, ofProducer.get(0).producerName());
                }
            }
        }
        if (person != null) {
            Integer first = seen.putIfAbsent(person.key(), row.getRowNum() + 1);
            if (first != null) {
                problem(row, null, "training.import.twiceInFile", person.name(), first);
            } else if (reference.enrolled().contains(person.key())) {
                problem(row, null, "training.enrolment.twice", person.name());
            } else if (reference.onlyUnitIds() != null && !reference.onlyUnitIds().contains(person.unitId())) {
                problem(row, null, "training.enrolment.outsideCommune", person.name());
            } else {
                people.add(person);
            }
        }
        lines.add(new Line(row.getRowNum() + 1, taxCode, name, username, person == null ? null : person.key(),
                person == null ? null : person.organisation()));
    }

    private String text(Row row, Column column) {
        Integer index = columns.get(column);
        Cell cell = index == null ? null : row.getCell(index);
        if (cell == null) {
            return null;
        }
        return VietnameseText.normalise(formatter.formatCellValue(cell));
    }

    /** A tax code: spaces removed, upper case; ten digits typed as a number get their leading zeros back. */
    private String code(Row row) {
        String text = text(row, Column.TAX_CODE);
        if (text == null) {
            return null;
        }
        String code = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Cell cell = row.getCell(columns.get(Column.TAX_CODE));
        if (cell.getCellType() == CellType.NUMERIC && code.matches("\\d{1,9}")) {
            return "0".repeat(10 - code.length()) + code;
        }
        return code;
    }

    private void problem(Row row, Column column, String key, Object... arguments) {
        Integer index = column == null ? null : columns.get(column);
        problems.add(new ImportProblem(sheetName, row.getRowNum() + 1,
                index == null ? null : CellReference.convertNumToColString(index), column == null ? null : column.header(),
                key, List.of(arguments)));
    }
}
