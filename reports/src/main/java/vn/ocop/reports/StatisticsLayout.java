package vn.ocop.reports;

import static vn.ocop.reports.Styled.STAR;
import static vn.ocop.reports.Styled.encoded;
import static vn.ocop.reports.Styled.nfc;
import static vn.ocop.reports.Styled.placeAndDate;
import static vn.ocop.reports.Styled.shortDate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics report of a year or a period, A4 portrait, Decree 30/2020 layout: one table per section (products
 * by group, by commune and class, by class; producers by legal form; certificates; training), each with its total.
 */
final class StatisticsLayout {

    private StatisticsLayout() {
    }

    static Layout of(StatisticsDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuingBodyLine1", nfc(document.issuingBodyLine1()));
        parameters.put("issuingBodyLine2", nfc(document.issuingBodyLine2()));
        parameters.put("placeAndDate", nfc(placeAndDate(document.place(), document.date())));
        parameters.put("title", "Thống kê kết quả thực hiện Chương trình OCOP " + period(document));
        parameters.put("numberLine", nfc(document.numberLine()));
        parameters.put("signature", nfc(String.join("\n", document.signature())));
        parameters.put("signer", nfc(document.signer()));
        List<Map<String, ?>> rows = new ArrayList<>();
        section(rows, "1. Sản phẩm theo nhóm sản phẩm", "Nhóm sản phẩm", "Số sản phẩm");
        document.productsByGroup().forEach(g -> row(rows, "row", g.label(), g.count()));
        row(rows, "total", "Tổng số", document.productsByGroup().stream().mapToLong(StatisticsDocument.Count::count).sum());
        section(rows, "2. Sản phẩm theo xã, thị trấn và hạng sao", "Xã, thị trấn", "Tổng số", "5 " + STAR, "4 " + STAR,
                "3 " + STAR, "Chưa xếp hạng");
        long[] sums = new long[5];
        for (StatisticsDocument.CommuneRow c : document.productsByCommune()) {
            long[] values = {c.total(), c.fiveStars(), c.fourStars(), c.threeStars(), c.unrated()};
            row(rows, "row", c.commune(), values);
            for (int i = 0; i < sums.length; i++) {
                sums[i] += values[i];
            }
        }
        row(rows, "total", "Tổng số", sums);
        section(rows, "3. Sản phẩm theo hạng sao (cuối kỳ)", "Hạng", "Số sản phẩm");
        document.productsByStars().forEach(s -> row(rows, "row", s.label(), s.count()));
        row(rows, "total", "Tổng số", document.productsByStars().stream().mapToLong(StatisticsDocument.Count::count).sum());
        section(rows, "4. Chủ thể theo loại hình (đang hoạt động cuối kỳ)", "Loại hình", "Số chủ thể", "Có sản phẩm");
        document.producersByType().forEach(p -> row(rows, "row", p.type(), p.active(), p.withProduct()));
        row(rows, "total", "Tổng số", document.producersByType().stream().mapToLong(StatisticsDocument.ProducerRow::active).sum(),
                document.producersByType().stream().mapToLong(StatisticsDocument.ProducerRow::withProduct).sum());
        StatisticsDocument.Certificates certificates = document.certificates();
        section(rows, "5. Giấy chứng nhận sản phẩm OCOP", "Chỉ tiêu", "Số lượng");
        row(rows, "row", "Cấp trong kỳ", certificates.issued());
        row(rows, "row", "Còn hiệu lực (cuối kỳ)", certificates.valid());
        row(rows, "row", "Sắp hết hiệu lực (30 ngày hoặc ít hơn)", certificates.expiring());
        row(rows, "row", "Hết hiệu lực", certificates.expired());
        row(rows, "row", "Bị thu hồi", certificates.revoked());
        row(rows, "row", "Được thay thế (đánh giá lại, nâng hạng)", certificates.superseded());
        row(rows, "row", "Kiểm tra trong kỳ: đạt yêu cầu", certificates.inspectedCompliant());
        row(rows, "row", "Kiểm tra trong kỳ: phải khắc phục", certificates.inspectedToRemedy());
        row(rows, "row", "Kiểm tra trong kỳ: đề nghị thu hồi", certificates.inspectedProposingRevocation());
        section(rows, "6. Đào tạo, tập huấn", "Đối tượng", "Khóa học trong kỳ", "Người hoàn thành", "Phải đào tạo",
                "Đã đào tạo", "Tỷ lệ");
        for (StatisticsDocument.TrainingRow t : document.training()) {
            rows.add(inSection(rows, cells("row", t.audience(), Long.toString(t.courses()), Long.toString(t.completed()),
                    Long.toString(t.required()), Long.toString(t.trained()), t.percent())));
        }
        return new Layout("statistics", parameters, rows);
    }

    /** "năm 2019", or "từ ngày 01/01/2019 đến ngày 30/06/2019". */
    static String period(StatisticsDocument document) {
        return document.year() != null ? "năm " + document.year()
                : "từ ngày " + shortDate(document.from()) + " đến ngày " + shortDate(document.to());
    }

    private static void section(List<Map<String, ?>> rows, String heading, String... columns) {
        String[] encoded = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            encoded[i] = columns[i].contains("<style") ? columns[i] : encoded(columns[i]);
        }
        Map<String, Object> section = cells("section", encoded);
        section.put("heading", nfc(heading));
        section.put("section", (int) rows.stream().filter(r -> "section".equals(r.get("kind"))).count() + 1);
        headings(section, section);
        rows.add(section);
    }

    private static void row(List<Map<String, ?>> rows, String kind, String label, long... values) {
        rows.add(inSection(rows, cells(kind, labelled(label, values))));
    }

    /** The row, numbered with the section it belongs to (the last one started). */
    private static Map<String, Object> inSection(List<Map<String, ?>> rows, Map<String, Object> row) {
        row.put("section", rows.isEmpty() ? 0 : rows.get(rows.size() - 1).get("section"));
        if (!rows.isEmpty()) {
            headings(rows.get(rows.size() - 1), row);
        }
        return row;
    }

    /**
     * Carries the section's heading and column headings on each of its rows ("heading", "hl", "h1" to "h5"): the
     * group header, printed again at the top of each continuation page, reads them from the row that page starts with.
     */
    private static void headings(Map<String, ?> from, Map<String, Object> to) {
        boolean section = "section".equals(from.get("kind"));
        to.put("heading", from.get("heading"));
        to.put("hl", section ? from.get("label") : from.get("hl"));
        for (int i = 1; i <= 5; i++) {
            to.put("h" + i, section ? from.get("v" + i) : from.get("h" + i));
        }
    }

    private static String[] labelled(String label, long... values) {
        String[] cells = new String[values.length + 1];
        cells[0] = label;
        for (int i = 0; i < values.length; i++) {
            cells[i + 1] = Long.toString(values[i]);
        }
        return cells;
    }

    /** A row of the report: its kind (section, row, total), the label and up to five values (a section: the column headings). */
    private static Map<String, Object> cells(String kind, String... cells) {
        Map<String, Object> row = new HashMap<>();
        row.put("kind", kind);
        for (int i = 0; i < cells.length; i++) {
            row.put(i == 0 ? "label" : "v" + i, nfc(cells[i]));
        }
        return row;
    }

}
