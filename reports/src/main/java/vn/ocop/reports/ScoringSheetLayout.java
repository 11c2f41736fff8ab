package vn.ocop.reports;

import static vn.ocop.reports.Styled.BOLD;
import static vn.ocop.reports.Styled.BOX_FONT;
import static vn.ocop.reports.Styled.DATE_DOTS;
import static vn.ocop.reports.Styled.DOTS;
import static vn.ocop.reports.Styled.bold;
import static vn.ocop.reports.Styled.encoded;
import static vn.ocop.reports.Styled.joined;
import static vn.ocop.reports.Styled.orDots;
import static vn.ocop.reports.Styled.shortDate;
import static vn.ocop.reports.Styled.text;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scoring sheets of a product set, A4 portrait: options with a box to tick, points and star marks, a column for the
 * member's score, the part totals and the signature; blank, or a council member's for a product of a round.
 */
final class ScoringSheetLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final String CLASS_LINE = "Xếp hạng: " + "\u2026".repeat(4) + " sao";
    /** The legend of the star marks of a scoring sheet, as styled text (★ in DejaVu Sans). */
    private static final String STAR_MARKS = "<style fontName=\"DejaVu Sans\" isItalic=\"false\" size=\"8\">★★★</style>, "
            + "<style fontName=\"DejaVu Sans\" isItalic=\"false\" size=\"8\">★★★★</style>, "
            + "<style fontName=\"DejaVu Sans\" isItalic=\"false\" size=\"8\">★★★★★</style>: mức tối thiểu của tiêu chí"
            + " đối với sản phẩm 3 sao, 4 sao, 5 sao.";
    /** How to fill in a scoring sheet by hand, as styled text. */
    private static final String BLANK_INSTRUCTIONS = "Mỗi tiêu chí chọn một phương án (đánh dấu <style fontName=\"DejaVu Sans\""
            + " isItalic=\"false\">☒</style> vào ô) và ghi điểm vào cột \"Điểm chấm\". " + STAR_MARKS;

    private ScoringSheetLayout() {
    }

    /** A blank sheet, to score on paper. */
    static Layout of(ScoringSheetDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("heading", String.join("\n",
                "Tên sản phẩm: " + "\u2026".repeat(31),
                "Tên chủ thể: " + "\u2026".repeat(32),
                "Họ và tên người đánh giá: " + "\u2026".repeat(25),
                "Ngày đánh giá: " + DATE_DOTS));
        parameters.put("instructions", BLANK_INSTRUCTIONS);
        parameters.put("classLine", CLASS_LINE);
        return sheet(document, parameters);
    }

    /**
     * A council member's sheet: the blank sheet's form under a header filled in from the round, the council, the member
     * and the product; once submitted, the options chosen ticked (☒, in bold), the points per criterion, section and
     * part, and the total; before that, the pre-filled sheet to score on paper. The member's name under the signature.
     */
    static Layout of(MemberSheetDocument document) {
        Map<String, Object> parameters = new HashMap<>();
        String role = joined(", ", document.position(), document.role());
        parameters.put("heading", String.join("\n",
                "Đợt đánh giá: " + bold(document.round()) + " (" + encoded(joined(", ", document.level(),
                        "năm " + document.year())) + ")",
                "Hội đồng thành lập theo Quyết định số " + encoded(orDots(text(document.decisionNumber()))) + " ngày "
                        + encoded(orDots(shortDate(document.decisionDate()))),
                "Thành viên đánh giá: " + bold(document.member()) + (role.isEmpty() ? "" : " (" + encoded(role) + ")"),
                "Tên sản phẩm: " + bold(document.product()),
                "Tên chủ thể: " + encoded(orDots(text(document.producer()))),
                "Địa chỉ: " + encoded(orDots(text(document.commune()))),
                "Ngày đánh giá: " + (document.submitted() ? shortDate(document.submittedAt().toLocalDate()) : DATE_DOTS)));
        if (document.submitted()) {
            parameters.put("instructions", "Phiếu đã nộp trên hệ thống lúc " + TIME.format(document.submittedAt()) + " ngày "
                    + shortDate(document.submittedAt().toLocalDate()) + ". Phương án đã chọn được đánh dấu " + BOX_FONT
                    + "\u2612</style> và in đậm; cột \"Điểm chấm\" ghi điểm của từng tiêu chí, mục và phần. " + STAR_MARKS);
            parameters.put("total", orDots(text(document.total())) + " / " + maximum(document.sheet()) + " điểm");
        } else {
            parameters.put("instructions", BLANK_INSTRUCTIONS);
            parameters.put("classLine", CLASS_LINE);
        }
        parameters.put("signer", text(document.member()));
        return sheet(document.sheet(), parameters);
    }

    private static Layout sheet(ScoringSheetDocument document, Map<String, Object> parameters) {
        parameters.put("criteriaSet", text(document.criteriaSet()));
        parameters.put("criteriaSetName", text(document.criteriaSetName()));
        parameters.put("productSet", text(document.productSet()));
        parameters.put("partTotals", document.parts().stream()
                .map(part -> "Phần " + part.code() + ": " + (part.scored() == null ? DOTS : part.scored()) + " / "
                        + part.maximum() + " điểm")
                .collect(Collectors.joining("\n")));
        parameters.putIfAbsent("total", DOTS + " / " + maximum(document) + " điểm");
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ScoringSheetDocument.Row row : document.rows()) {
            rows.add(Map.of("level", row.level(), "text", line(row), "points", text(row.points()),
                    "stars", "\u2605".repeat(Math.max(0, row.stars())), "box", row.ticked() ? "\u2612" : "\u2610",
                    "scored", text(row.scored())));
        }
        return new Layout("scoring-sheet", parameters, rows);
    }

    private static int maximum(ScoringSheetDocument document) {
        return document.parts().stream().mapToInt(ScoringSheetDocument.Part::maximum).sum();
    }

    /** The line as styled text, a ticked option in bold, the note in italics below (the template draws the box). */
    private static String line(ScoringSheetDocument.Row row) {
        String text = encoded(text(row.text()).strip());
        text = row.ticked() ? BOLD + text + "</style>" : text;
        String note = text(row.note()).strip();
        return note.isEmpty() ? text : text + "\n<style isItalic=\"true\" size=\"10\">" + encoded(note) + "</style>";
    }
}
