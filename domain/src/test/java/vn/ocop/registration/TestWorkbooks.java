package vn.ocop.registration;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ocop.registration.control.WorkbookLayout;
import vn.ocop.registration.control.WorkbookLayout.ProducerColumn;
import vn.ocop.registration.control.WorkbookLayout.ProductColumn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Consumer;

/** Workbooks built in the tests, as a district would fill in the template. */
final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** A producer row with every required value and the given tax code, commune and type. */
    static String[] producer(String name, String type, String taxCode, String commune) {
        String[] row = new String[ProducerColumn.values().length];
        row[ProducerColumn.NAME.ordinal()] = name;
        row[ProducerColumn.TYPE.ordinal()] = type;
        row[ProducerColumn.TAX_CODE.ordinal()] = taxCode;
        row[ProducerColumn.COMMUNE.ordinal()] = commune;
        row[ProducerColumn.ADDRESS.ordinal()] = "Thôn 1";
        row[ProducerColumn.REPRESENTATIVE.ordinal()] = "Nguyễn Thị Lan";
        return row;
    }

    static String[] with(String[] row, ProducerColumn column, String value) {
        String[] copy = Arrays.copyOf(row, row.length);
        copy[column.ordinal()] = value;
        return copy;
    }

    static String[] product(String taxCode, String name, String productSet) {
        return new String[]{taxCode, name, productSet};
    }

    /** Both sheets with their headers (as the template writes them) and the rows, all cells as text. */
    static byte[] workbook(String[][] producers, String[][] products) {
        return build(workbook -> {
            sheet(workbook, WorkbookLayout.PRODUCERS, titles(ProducerColumn.values()), producers);
            sheet(workbook, WorkbookLayout.PRODUCTS, titles(ProductColumn.values()), products);
        });
    }

    static String[] titles(WorkbookLayout.Column[] columns) {
        return Arrays.stream(columns).map(WorkbookLayout.Column::title).toArray(String[]::new);
    }

    static Sheet sheet(Workbook workbook, String name, String[] headers, String[][] rows) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
        return sheet;
    }

    static byte[] build(Consumer<Workbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook open(byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Cell cell) {
        return cell == null ? null : cell.getStringCellValue();
    }
}
