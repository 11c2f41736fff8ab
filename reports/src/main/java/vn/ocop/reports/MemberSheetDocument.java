package vn.ocop.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A council member's scoring sheet for one product of a round: the form of {@link ScoringSheetDocument}
 * under a header filled in from the round, the council, the member and the product. Once the member
 * submitted the sheet, the rows of {@code sheet} carry the options ticked and the points scored, its
 * parts the part totals, and {@code total} the total; before that it is the pre-filled paper sheet
 * of the paper fallback (the member ticks by hand and signs). A {@code null} string prints as a
 * dotted line to fill in.
 *
 * @param round          the round's title, e.g. "Đánh giá, phân hạng sản phẩm OCOP huyện Đan Phượng năm 2024"
 * @param level          the level in words, e.g. "cấp huyện"
 * @param year           the round's year
 * @param decisionNumber the decision that established the council, e.g. "1234/QĐ-UBND"
 * @param decisionDate   its date
 * @param member         the member's name
 * @param position       the position they hold, e.g. "Trưởng phòng Kinh tế huyện", or null
 * @param role           their role in the council, e.g. "Ủy viên"
 * @param product        the product's name
 * @param producer       the producer's name
 * @param commune        the producer's commune, e.g. "Xã Tân Hội"
 * @param submittedAt    when the member submitted the sheet; null for the sheet to fill in on paper
 * @param total          the member's total ("72"); null for the sheet to fill in
 * @param sheet          the form, with the member's marks once submitted
 */
public record MemberSheetDocument(
        String round,
        String level,
        int year,
        String decisionNumber,
        LocalDate decisionDate,
        String member,
        String position,
        String role,
        String product,
        String producer,
        String commune,
        LocalDateTime submittedAt,
        String total,
        ScoringSheetDocument sheet) {

    public MemberSheetDocument {
        Objects.requireNonNull(sheet, "sheet");
    }

    /** Whether the member submitted the sheet (it then prints their choices and points). */
    public boolean submitted() {
        return submittedAt != null;
    }
}
