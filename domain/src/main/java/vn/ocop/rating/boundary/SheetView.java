package vn.ocop.rating.boundary;

import java.io.Serializable;

import java.util.List;

/**
 * A scoring sheet as the printed form shows it: its lines in print order, with the corrections
 * applied, and its summary (status, problems, corrections).
 */
public record SheetView(SheetSummary summary, String criteriaSet, String criteriaSetName, String source, List<Line> lines) implements Serializable {

    /**
     * One line of the form.
     *
     * @param level     0 part, 1 section, 2 criterion, 3 option
     * @param depth     how deep in the tree (a sub-criterion is deeper than its criterion)
     * @param text      the wording without the option's box and the *** marks, line breaks kept
     * @param note      a note printed under the text, or null
     * @param points    the maximum, or an option's points, as the corrected sheet gives it
     * @param stars     the star mark (3, 4, 5) or null
     * @param corrected whether a correction changed this line
     * @param faulty    whether a problem is left on this line
     */
    public record Line(long id, int level, int depth, String code, String text, String note, String points, Integer stars,
                       boolean corrected, boolean faulty) implements Serializable {

        /** "★★★" for a 3-star mark; empty without. */
        public String starMarks() {
            return stars == null ? "" : "\u2605".repeat(stars);
        }
    }
}
