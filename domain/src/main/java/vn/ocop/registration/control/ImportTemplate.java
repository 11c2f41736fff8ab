package vn.ocop.registration.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.registration.control.WorkbookLayout.Column;
import vn.ocop.registration.control.WorkbookLayout.ProducerColumn;
import vn.ocop.registration.control.WorkbookLayout.ProductColumn;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.ProductSet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The workbook a district fills in to import producers and products: the sheet "Chủ thể", the
 * sheet "Sản phẩm" and the sheet "Hướng dẫn" with the rules and the allowed values (legal forms,
 * communes, product sets of the criteria set in force), which the drop-down lists of the first two
 * sheets offer.
 */
public final class ImportTemplate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String TYPES = "LoaiHinh";
    private static final String COMMUNES = "XaPhuongThiTran";
    private static final String SETS = "BoSanPham";
    private static final String GENDERS = "GioiTinh";

    private static final String[] GUIDE = {
        "HƯỚNG DẪN NHẬP CHỦ THỂ VÀ SẢN PHẨM OCOP TỪ EXCEL",
        "1. Trang \"" + WorkbookLayout.PRODUCERS + "\": mỗi dòng một chủ thể. Cột có dấu * là bắt buộc.",
        "2. Trang \"" + WorkbookLayout.PRODUCTS + "\": mỗi dòng một sản phẩm; ghi mã số thuế / số đăng ký của chủ thể "
                + "(chủ thể ở trang \"" + WorkbookLayout.PRODUCERS + "\" hoặc đã có trong hệ thống).",
        "3. Doanh nghiệp, hợp tác xã: mã số thuế 10 chữ số (có thể thêm \"-\" và 3 chữ số chi nhánh). "
                + "Tổ hợp tác, hộ kinh doanh: mã số thuế hoặc số đăng ký kinh doanh.",
        "4. Loại hình, xã/phường/thị trấn và bộ sản phẩm: chọn trong danh sách thả xuống hoặc ghi đúng như các bảng dưới đây.",
        "5. Ngày ghi theo dạng dd/MM/yyyy. Giới tính ghi \"Nam\" hoặc \"Nữ\".",
        "6. Tệp .xlsx tối đa " + ProducerImport.MAX_MEGABYTES + " MB và " + ProducerImport.MAX_ROWS + " dòng. "
                + "Hệ thống kiểm tra mọi dòng trước: chỉ khi không còn lỗi nào mới nhập, và nhập tất cả các dòng.",
    };

    private ImportTemplate() {
    }

    /** The template with the communes the caller may choose and the product sets of the criteria set in force. */
    public static byte[] write(List<AdministrativeUnit> communes, List<ProductSet> productSets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = ProducerListWorkbook.headerStyle(workbook);
            Sheet producers = dataSheet(workbook, WorkbookLayout.PRODUCERS, ProducerColumn.values(), header);
            Sheet products = dataSheet(workbook, WorkbookLayout.PRODUCTS, ProductColumn.values(), header);
            guide(workbook, communes, productSets, header);
            CellStyle text = textStyle(workbook);
            producers.setDefaultColumnStyle(ProducerColumn.TAX_CODE.ordinal(), text);
            producers.setDefaultColumnStyle(ProducerColumn.PHONE.ordinal(), text);
            producers.setDefaultColumnStyle(ProducerColumn.REGISTERED_ON.ordinal(), ProducerListWorkbook.dateStyle(workbook));
            products.setDefaultColumnStyle(ProductColumn.PRODUCER_TAX_CODE.ordinal(), text);
            list(producers, ProducerColumn.TYPE.ordinal(), TYPES);
            list(producers, ProducerColumn.COMMUNE.ordinal(), COMMUNES);
            list(producers, ProducerColumn.GENDER.ordinal(), GENDERS);
            list(products, ProductColumn.PRODUCT_SET.ordinal(), SETS);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet dataSheet(Workbook workbook, String name, Column[] columns, CellStyle style) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (Column column : columns) {
            int index = ((Enum<?>) column).ordinal();
            Cell cell = header.createCell(index);
            cell.setCellValue(column.title());
            cell.setCellStyle(style);
            sheet.setColumnWidth(index, column.width() * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void guide(Workbook workbook, List<AdministrativeUnit> communes, List<ProductSet> productSets, CellStyle header) {
        Sheet sheet = workbook.createSheet(WorkbookLayout.GUIDE);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 45 * 256);
        sheet.setColumnWidth(2, 60 * 256);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold);
        int index = 0;
        for (String line : GUIDE) {
            sheet.createRow(index++).createCell(0).setCellValue(line);
        }
        sheet.getRow(0).getCell(0).setCellStyle(title);
        index++;
        index = table(sheet, index, header, TYPES, new String[]{"Loại hình", "Mã"},
                List.of(ProducerType.values()).stream().map(t -> new String[]{WorkbookLayout.label(t), t.name()}).toList());
        index = table(sheet, index, header, GENDERS, new String[]{"Giới tính"},
                List.<String[]>of(new String[]{"Nam"}, new String[]{"Nữ"}));
        index = table(sheet, index, header, COMMUNES, new String[]{"Xã, phường, thị trấn", "Tên", "Hiệu lực"},
                communes.stream().map(u -> new String[]{ProducerImport.communeLabel(u), u.getName(), validity(u)}).toList());
        table(sheet, index, header, SETS, new String[]{"Bộ sản phẩm (" + WorkbookLayout.CRITERIA_SET + ")", "Nhóm", "Tên bộ sản phẩm"},
                productSets.stream().map(s -> new String[]{ProducerImport.productSetLabel(s), s.getGroupName(), s.getName()}).toList());
    }

    /** A table of allowed values; its first column is the named range that a drop-down list offers. */
    private static int table(Sheet sheet, int start, CellStyle style, String name, String[] headers, List<String[]> rows) {
        Row header = sheet.createRow(start);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(style);
        }
        int index = start + 1;
        for (String[] values : rows) {
            Row row = sheet.createRow(index++);
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    row.createCell(i).setCellValue(values[i]);
                }
            }
        }
        Name range = sheet.getWorkbook().createName();
        range.setNameName(name);
        int last = Math.max(start + 1, index - 1);
        range.setRefersToFormula("'" + sheet.getSheetName() + "'!$A$" + (start + 2) + ":$A$" + (last + 1));
        return index + 1;
    }

    /** A drop-down list on a column, for every data row the import takes; other values only warn. */
    private static void list(Sheet sheet, int column, String range) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, ProducerImport.MAX_ROWS, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static CellStyle textStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return style;
    }

    private static String validity(AdministrativeUnit unit) {
        if (unit.getValidTo() != null) {
            return "đến " + DAY.format(unit.getValidTo());
        }
        return unit.getValidFrom() == null ? null : "từ " + DAY.format(unit.getValidFrom());
    }
}
