package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.control.SheetNode;
import vn.ocop.rating.control.SheetTree;
import vn.ocop.rating.entity.ScoringSheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A usable scoring sheet as the member's form shows it: its lines in print order (parts, sections,
 * criteria; the options of a criterion under it, to tick one), the part maxima, and the rules of
 * the choices. Reference data: built once per sheet and shared.
 */
public record SheetForm(long sheetId, String criteriaSet, Map<String, BigDecimal> maxima, List<Line> lines,
                        SheetChoices choices) implements Serializable {

    /**
     * One line of the form.
     *
     * @param level     0 part, 1 section, 2 criterion (a sub-criterion hangs deeper)
     * @param criterion whether the member ticks one of its options here
     * @param options   the options of a criterion, in print order; empty otherwise
     */
    public record Line(long id, int level, int depth, String code, String text, String note, String points, Integer stars,
                       boolean criterion, boolean alternatives, List<Option> options) implements Serializable {

        /** "★★★" for a 3-star mark; empty without. */
        public String starMarks() {
            return stars == null ? "" : "\u2605".repeat(stars);
        }
    }

    /** An option to tick, its points and its star mark (3, 4, 5 or null). */
    public record Option(long id, String text, String points, Integer stars) implements Serializable {

        /** "★★★" for a 3-star mark; empty without. */
        public String starMarks() {
            return stars == null ? "" : "\u2605".repeat(stars);
        }
    }

    static SheetForm of(ScoringSheet sheet) {
        return of(sheet.getId(), sheet.getCriteriaSet().getCode(), sheet.check().tree());
    }

    /** The form of a usable sheet's tree (its checked, corrected tree). */
    public static SheetForm of(long sheetId, String criteriaSet, SheetTree tree) {
        SheetChoices choices = SheetChoices.of(tree);
        List<Line> lines = choices.tree().inPrintOrder().stream().filter(node -> !node.isOption())
                .map(node -> line(node, choices.isCriterion(node.id()))).toList();
        return new SheetForm(sheetId, criteriaSet, choices.maxima(), lines, choices);
    }

    private static Line line(SheetNode node, boolean criterion) {
        List<Option> options = criterion
                ? node.children().stream().map(o -> new Option(o.id(), o.label(), o.row().score(), o.stars())).toList()
                : List.of();
        return new Line(node.id(), node.level(), node.depth(), node.code(), node.label(), node.row().description(),
                node.row().score(), node.stars(), criterion, node.row().alternatives(), options);
    }
}
