package vn.ocop.reports;

import java.util.List;
import java.util.Objects;

/**
 * A list of administrative units, printed as an official document of the issuing body.
 *
 * @param letterhead the issuing body, the place and the date of issue
 * @param title document title, e.g. "DANH SÁCH ĐƠN VỊ HÀNH CHÍNH"
 * @param subtitle line in italics under the title, or {@code null}
 * @param rows table rows, in print order
 */
public record UnitListDocument(
        Letterhead letterhead,
        String title,
        String subtitle,
        List<Row> rows) {

    public UnitListDocument {
        Objects.requireNonNull(letterhead, "letterhead");
        rows = List.copyOf(rows);
    }

    /**
     * One administrative unit. Dates come formatted (dd/MM/yyyy); a {@code null} prints as an empty cell.
     *
     * @param no sequence number (STT)
     * @param code unit code
     * @param name unit name, e.g. "Xã Đồng Tháp"
     * @param type unit type, e.g. "Xã"
     * @param parent the unit it belongs to
     * @param validFrom first day of validity
     * @param validTo last day of validity
     * @param note remark
     */
    public record Row(
            int no,
            String code,
            String name,
            String type,
            String parent,
            String validFrom,
            String validTo,
            String note) {
    }
}
