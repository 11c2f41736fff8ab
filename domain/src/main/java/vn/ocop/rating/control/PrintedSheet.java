package vn.ocop.rating.control;

import vn.ocop.reports.ScoringSheetDocument;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The printed form of a scoring sheet, from its corrected tree: blank, or with a member's choices. */
public final class PrintedSheet {

    private PrintedSheet() {
    }

    /** The product set as the form names it: "Bộ sản phẩm số 7 (I.3.c): Chế biến từ rau, củ, quả, hạt". */
    public static String productSet(int number, String code, String name) {
        return "Bộ sản phẩm số " + number + " (" + code + "): " + name;
    }

    /**
     * @param productSet e.g. "Bộ sản phẩm số 7 (I.3.c): Chế biến từ rau, củ, quả, hạt"
     */
    public static ScoringSheetDocument document(String criteriaSet, String criteriaSetName, String productSet,
                                                PartMaxima parts, SheetTree tree) {
        List<ScoringSheetDocument.Row> rows = tree.inPrintOrder().stream()
                .map(node -> new ScoringSheetDocument.Row(node.level(), node.label(), node.row().description(),
                        node.row().score(), Objects.requireNonNullElse(node.stars(), 0)))
                .toList();
        List<ScoringSheetDocument.Part> totals = parts.asMap().entrySet().stream()
                .map(part -> new ScoringSheetDocument.Part(part.getKey(), part.getValue())).toList();
        return new ScoringSheetDocument(criteriaSet, criteriaSetName, productSet, totals, rows);
    }

    /**
     * The form with a member's submitted choices (criterion id → option id): the option chosen for
     * each criterion ticked, the points of each criterion in the score column, each section and part
     * with the sum of the criteria scored under it (blank where none was, e.g. the alternative case
     * not used), and the part totals.
     *
     * @throws vn.ocop.shared.control.BusinessException when the choices do not fit the sheet ({@link SheetScore#draft})
     */
    public static ScoringSheetDocument document(String criteriaSet, String criteriaSetName, String productSet,
                                                PartMaxima parts, SheetTree tree, Map<Long, Long> choices) {
        SheetScore score = SheetScore.draft(tree, new MemberSheet(0, choices));
        Map<Long, BigDecimal> scored = new HashMap<>();
        tree.parts().forEach(part -> sum(part, score.points(), scored));
        List<ScoringSheetDocument.Row> rows = tree.inPrintOrder().stream()
                .map(node -> new ScoringSheetDocument.Row(node.level(), node.label(), node.row().description(),
                        node.row().score(), Objects.requireNonNullElse(node.stars(), 0),
                        node.isOption() && Objects.equals(choices.get(node.parent().id()), node.id()),
                        scored.containsKey(node.id()) ? points(scored.get(node.id())) : null))
                .toList();
        List<ScoringSheetDocument.Part> totals = parts.asMap().entrySet().stream()
                .map(part -> new ScoringSheetDocument.Part(part.getKey(), part.getValue(), points(score.part(part.getKey()))))
                .toList();
        return new ScoringSheetDocument(criteriaSet, criteriaSetName, productSet, totals, rows);
    }

    /** Points as printed: "3", "2,5" (Vietnamese decimal comma, no trailing zeros). */
    public static String points(BigDecimal points) {
        return points.signum() == 0 ? "0" : points.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** The sum of the criteria scored under the node (the criterion's own points), or null when none was. */
    private static BigDecimal sum(SheetNode node, Map<Long, BigDecimal> points, Map<Long, BigDecimal> scored) {
        if (node.isOption()) {
            return null;
        }
        BigDecimal own = points.get(node.id());
        if (own != null) {
            scored.put(node.id(), own);
            return own;
        }
        BigDecimal total = null;
        for (SheetNode child : node.children()) {
            BigDecimal value = sum(child, points, scored);
            if (value != null) {
                total = total == null ? value : total.add(value);
            }
        }
        if (total != null) {
            scored.put(node.id(), total);
        }
        return total;
    }
}
