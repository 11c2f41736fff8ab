package vn.ocop.statistics.boundary;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ocop.certification.control.StarClass;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;

/**
 * The statistics of a period as an Excel workbook (.xlsx): one sheet per section, a title line with the period, a
 * bold frozen header row in Vietnamese, counts as numbers, a bold total line.
 */
public final class StatisticsWorkbook {

    public static final String GROUPS = "Nhóm sản phẩm";
    public static final String COMMUNES = "Sản phẩm theo xã";
    public static final String STARS = "Hạng sao";
    public static final String PRODUCERS = "Chủ thể";
    public static final String CERTIFICATES = "Giấy chứng nhận";
    public static final String TRAINING = "Đào tạo";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private StatisticsWorkbook() {
    }

    public static byte[] write(StatisticsView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            String period = "Từ ngày " + DATE.format(view.period().from()) + " đến ngày " + DATE.format(view.period().to());

            Sheet groups = sheet(workbook, styles, GROUPS, period, "Nhóm sản phẩm", "Số sản phẩm");
            view.productsByGroup().forEach(g -> line(groups, styles, false, g.group(), g.count()));
            line(groups, styles, true, "Tổng số", view.products());

            Sheet communes = sheet(workbook, styles, COMMUNES, period, "Mã xã", "Xã, thị trấn", "Tổng số", "5 sao", "4 sao", "3 sao",
                    "Chưa xếp hạng");
            long[] sums = new long[5];
            for (StatisticsView.CommuneCount c : view.productsByCommune()) {
                long[] values = {c.count(), c.stars(5), c.stars(4), c.stars(3), c.stars(StarClass.UNRATED)};
                Row row = line(communes, styles, false, c.code(), null);
                row.createCell(1).setCellValue(c.name());
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i + 2).setCellValue(values[i]);
                    sums[i] += values[i];
                }
            }
            Row total = line(communes, styles, true, "Toàn huyện", null);
            for (int i = 0; i < sums.length; i++) {
                total.createCell(i + 2).setCellValue(sums[i]);
                total.getCell(i + 2).setCellStyle(styles.total);
            }

            Sheet stars = sheet(workbook, styles, STARS, period, "Hạng", "Số sản phẩm");
            view.productsByStars().forEach((s, n) -> line(stars, styles, false, StatisticsLabels.stars(s), n));
            line(stars, styles, true, "Tổng số", view.productsByStars().values().stream().mapToLong(Long::longValue).sum());

            Sheet producers = sheet(workbook, styles, PRODUCERS, period, "Loại hình", "Số chủ thể", "Có sản phẩm");
            view.producersByType().forEach(t -> line(producers, styles, false, StatisticsLabels.type(t.type()), t.active(),
                    t.withProduct()));
            line(producers, styles, true, "Tổng số", view.producersByType().stream().mapToLong(StatisticsView.TypeCount::active).sum(),
                    view.producersByType().stream().mapToLong(StatisticsView.TypeCount::withProduct).sum());

            StatisticsView.CertificateCounts c = view.certificates();
            Sheet certificates = sheet(workbook, styles, CERTIFICATES, period, "Chỉ tiêu", "Số lượng");
            line(certificates, styles, false, "Cấp trong kỳ", c.issued());
            line(certificates, styles, false, "Còn hiệu lực (cuối kỳ)", c.valid());
            line(certificates, styles, false, "Sắp hết hiệu lực (30 ngày hoặc ít hơn)", c.expiring());
            line(certificates, styles, false, "Hết hiệu lực", c.expired());
            line(certificates, styles, false, "Bị thu hồi", c.revoked());
            line(certificates, styles, false, "Được thay thế (đánh giá lại, nâng hạng)", c.superseded());
            line(certificates, styles, false, "Kiểm tra trong kỳ: đạt yêu cầu", c.inspected().compliant());
            line(certificates, styles, false, "Kiểm tra trong kỳ: phải khắc phục", c.inspected().toRemedy());
            line(certificates, styles, false, "Kiểm tra trong kỳ: đề nghị thu hồi",
                    c.inspected().proposeRevocation());

            Sheet training = sheet(workbook, styles, TRAINING, period, "Đối tượng", "Khóa học trong kỳ", "Người hoàn thành",
                    "Phải đào tạo (cuối năm)", "Đã đào tạo (cuối năm)", "Tỷ lệ (%)");
            for (StatisticsView.TrainingCount t : view.training()) {
                Row row = line(training, styles, false, StatisticsLabels.audience(t.audience()), t.courses(), t.completed(),
                        t.required(), t.trained());
                row.createCell(5).setCellValue(t.percent().doubleValue());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(Workbook workbook, Styles styles, String name, String period, String... headers) {
        Sheet sheet = workbook.createSheet(name);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(name + " – " + period);
        title.getCell(0).setCellStyle(styles.total);
        Row header = sheet.createRow(2);
        for (int i = 0; i < headers.length; i++) {
            header.createCell(i).setCellValue(headers[i]);
            header.getCell(i).setCellStyle(styles.header);
            sheet.setColumnWidth(i, (i == 0 ? 40 : 16) * 256);
        }
        sheet.createFreezePane(0, 3);
        return sheet;
    }

    /** A line: the label, then the counts (null: none; the caller fills the cells). */
    private static Row line(Sheet sheet, Styles styles, boolean total, String label, Object... counts) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(label);
        if (total) {
            row.getCell(0).setCellStyle(styles.total);
        }
        for (int i = 0; counts != null && i < counts.length; i++) {
            if (counts[i] instanceof Number n) {
                row.createCell(i + 1).setCellValue(n.doubleValue());
                if (total) {
                    row.getCell(i + 1).setCellStyle(styles.total);
                }
            }
        }
        return row;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle total;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            total = workbook.createCellStyle();
            total.setFont(bold);
        }
    }
}
