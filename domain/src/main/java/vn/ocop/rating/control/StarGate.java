package vn.ocop.rating.control;

import java.io.Serializable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A star-gating mark of a 148/QĐ-TTg sheet (Annex III): the option marked ***, **** or *****
 * is the minimum level on its criterion for a product of 3★, 4★ or 5★, so the criterion must score
 * at least the option's points. A mark on a criterion itself (every 148 sheet marks "Sở hữu trí
 * tuệ" ****) requires the criterion to be met at all: one of its printed options ticked, i.e. at
 * least its lowest option's points and not {@link MemberSheet#NONE_APPLIES}. A mark on a section or
 * part (none in the catalogue) would gate each criterion beneath it the same way. 1048 sheets
 * carry no marks (no source at hand says how 1048 marked mandatory criteria).
 *
 * @param stars          the class the mark is for: 3, 4 or 5
 * @param criterionId    the criterion gated
 * @param optionId       the marked option; null for a mark on the criterion
 * @param requiredPoints the points the criterion must reach
 * @param criterion      where the criterion is ({@link SheetNode#path()})
 * @param option         the marked option's text (first line); null for a mark on the criterion
 * @param code           the criterion's code from its part down ("C.9.a"; the codes the sheet prints)
 * @param title          the criterion's title (first line, without its own letter or number)
 */
public record StarGate(int stars, long criterionId, Long optionId, BigDecimal requiredPoints, String criterion,
                       String option, String code, String title) implements Serializable {

    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^[\\p{Alnum}]{1,3}[.)]\\s+");

    /** Every mark of the sheet, in print order. */
    public static List<StarGate> of(SheetTree tree) {
        List<StarGate> gates = new ArrayList<>();
        for (SheetNode node : tree.inPrintOrder()) {
            if (node.stars() == null) {
                continue;
            }
            if (node.isOption()) {
                SheetNode criterion = node.parent();
                gates.add(new StarGate(node.stars(), criterion.id(), node.id(), node.score(), criterion.path(),
                        firstLine(node.label()), code(criterion), title(criterion)));
            } else {
                for (SheetNode criterion : criteriaFrom(node)) {
                    gates.add(new StarGate(node.stars(), criterion.id(), null, lowest(criterion), criterion.path(), null,
                            code(criterion), title(criterion)));
                }
            }
        }
        return List.copyOf(gates);
    }

    /** Whether the mark is on the criterion (met by any printed option) rather than on an option. */
    public boolean onCriterion() {
        return optionId == null;
    }

    private static List<SheetNode> criteriaFrom(SheetNode node) {
        if (SheetScore.isCriterion(node)) {
            return List.of(node);
        }
        return node.children().stream().flatMap(child -> criteriaFrom(child).stream()).toList();
    }

    private static BigDecimal lowest(SheetNode criterion) {
        return criterion.children().stream().filter(SheetNode::isOption).map(SheetNode::score)
                .filter(java.util.Objects::nonNull).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** "C.9.a": the codes of the criterion and the nodes above it, those that have one. */
    static String code(SheetNode node) {
        String own = node.code() == null || node.code().isBlank() ? null : node.code().strip();
        String above = node.parent() == null ? null : code(node.parent());
        return above == null || above.isEmpty() ? (own == null ? "" : own) : own == null ? above : above + "." + own;
    }

    /** The criterion's title: its first line without the letter or number it is printed with. */
    static String title(SheetNode criterion) {
        return NUMBERING.matcher(firstLine(criterion.label())).replaceFirst("").strip();
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }
}
