package vn.ocop.reports;

import java.util.List;
import java.util.Objects;

/**
 * A scoring sheet ("Phiếu đánh giá, phân hạng sản phẩm OCOP") of one product set: every part,
 * section, criterion and option with its points and star marks, a box to tick per option, a column
 * for the council member's score, the part totals and the signature. Blank as printed from the
 * catalogue; a member's sheet ({@link MemberSheetDocument}) carries the options ticked and the
 * points scored in its rows and parts. A {@code null} string prints as nothing.
 *
 * @param criteriaSet     code of the criteria set, e.g. "148/QĐ-TTg"
 * @param criteriaSetName its full name, e.g. "Bộ Tiêu chí … (Quyết định 148/QĐ-TTg ngày 24/02/2023 …)"
 * @param productSet      the product set, e.g. "Bộ sản phẩm số 7 (I.3.c): Chế biến từ rau, củ, quả, hạt"
 * @param parts           the parts with their maxima, printed as the totals to fill in
 * @param rows            the sheet in print order
 */
public record ScoringSheetDocument(
        String criteriaSet,
        String criteriaSetName,
        String productSet,
        List<Part> parts,
        List<Row> rows) {

    public ScoringSheetDocument {
        parts = List.copyOf(parts);
        rows = List.copyOf(rows);
    }

    /**
     * A part and its maximum, e.g. "A" and 40, with the points the member scored on it ("32"), or
     * null for a line to fill in by hand.
     */
    public record Part(String code, int maximum, String scored) {
        public Part {
            Objects.requireNonNull(code, "code");
        }

        /** A part of a blank sheet. */
        public Part(String code, int maximum) {
            this(code, maximum, null);
        }
    }

    /**
     * One line of the sheet.
     *
     * @param level  0 part, 1 section, 2 criterion (or sub-criterion), 3 option (printed with a box to tick)
     * @param text   the wording, line breaks kept, without the box and the *** marks
     * @param note   a note printed in italics under the text (e.g. "Ghi chú: …"), or null
     * @param points the maximum of a part, section or criterion, or the points of an option
     * @param stars  3, 4 or 5 for the star mark of the legal text (★★★ …), 0 for none
     * @param ticked an option the member chose (printed ☒ instead of ☐, in bold)
     * @param scored what the member scored on a criterion, section or part ("3"), printed in the
     *               column "Điểm chấm"; null leaves the cell blank
     */
    public record Row(int level, String text, String note, String points, int stars, boolean ticked, String scored) {

        /** A line of a blank sheet. */
        public Row(int level, String text, String note, String points, int stars) {
            this(level, text, note, points, stars, false, null);
        }
    }
}
