package vn.ocop.registration.control;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ocop.registration.entity.ProducerStatus;
import vn.ocop.registration.entity.ProducerType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The list of producers as an Excel workbook (.xlsx): one sheet, a bold frozen header row in
 * Vietnamese with a filter, one producer a row, dates as real dates shown dd/MM/yyyy.
 */
public final class ProducerListWorkbook {

    /** The most producers one export holds; a larger list must be narrowed by the filters. */
    public static final int MAX_ROWS = 20_000;

    static final String[] HEADERS = {"STT", "Tên chủ thể", "Loại hình", "Mã số thuế / số đăng ký", "Mã xã",
        "Xã, phường, thị trấn", "Địa chỉ", "Người đại diện", "Chức vụ", "Giới tính", "Điện thoại", "Email",
        "Ngày đăng ký", "Trạng thái"};
    private static final int[] WIDTHS = {6, 40, 30, 22, 8, 24, 40, 26, 18, 10, 16, 28, 14, 16};
    private static final int DATE_COLUMN = 12;

    private ProducerListWorkbook() {
    }

    /** One producer as the list shows it. */
    public record Entry(String name, ProducerType type, String taxCode, String communeCode, String communeName,
                      String address, String representative, String representativeTitle, String representativeGender,
                      String phone, String email, LocalDate registeredOn, ProducerStatus status) {
    }

    public static byte[] write(List<Entry> entries) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookLayout.LIST);
            header(workbook, sheet);
            CellStyle date = dateStyle(workbook);
            int index = 1;
            for (Entry entry : entries) {
                fill(sheet.createRow(index), index, entry, date);
                index++;
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(entries.size(), 1), 0, HEADERS.length - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Workbook workbook, Sheet sheet) {
        CellStyle style = headerStyle(workbook);
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADERS.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(HEADERS[i]);
            cell.setCellStyle(style);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
    }

    private static void fill(Row target, int number, Entry row, CellStyle date) {
        target.createCell(0).setCellValue(number);
        text(target, 1, row.name());
        text(target, 2, row.type() == null ? null : WorkbookLayout.label(row.type()));
        text(target, 3, row.taxCode());
        text(target, 4, row.communeCode());
        text(target, 5, row.communeName());
        text(target, 6, row.address());
        text(target, 7, row.representative());
        text(target, 8, row.representativeTitle());
        text(target, 9, WorkbookLayout.genderLabel(row.representativeGender()));
        text(target, 10, row.phone());
        text(target, 11, row.email());
        if (row.registeredOn() != null) {
            Cell cell = target.createCell(DATE_COLUMN);
            cell.setCellValue(row.registeredOn());
            cell.setCellStyle(date);
        }
        text(target, 13, row.status() == null ? null : WorkbookLayout.label(row.status()));
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    static CellStyle dateStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(WorkbookLayout.DATE_FORMAT));
        return style;
    }
}
