package vn.ocop.rating.control;

import java.io.Serializable;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One missed star mark as plain values, the way results show it and a concluded round keeps it:
 * the class it withholds, the criterion (code, title, where it is), the marked option, the points
 * required and found (the council's mean on the criterion), and how many of the counted sheets
 * that score the criterion reach the mark.
 *
 * @param option    the marked option's text; null for a mark on the criterion (met by any printed option)
 * @param found     the council's mean on the criterion, two decimals
 * @param sheetsMet how many counted sheets reach the mark
 * @param sheets    how many counted sheets score the criterion
 */
public record GateReason(int stars, String criterionCode, String criterionTitle, String criterion, String option,
                         BigDecimal required, BigDecimal found, int sheetsMet, int sheets) implements Serializable {

    public static GateReason of(GateMiss miss) {
        StarGate gate = miss.gate();
        return new GateReason(gate.stars(), gate.code(), gate.title(), gate.criterion(), gate.option(), gate.requiredPoints(),
                miss.found(), miss.membersMet(), miss.members());
    }

    /** The missed marks that lowered the class, as the minutes print them and a frozen result keeps them. */
    public static String text(List<GateMiss> misses) {
        return misses.stream().map(m -> of(m).text()).collect(Collectors.joining("; "));
    }

    /** Whether the mark is on the criterion itself rather than on one of its options. */
    public boolean onCriterion() {
        return option == null;
    }

    /** The bundle key of the sentence that states it ({@link GateMiss#OPTION_KEY} or {@link GateMiss#CRITERION_KEY}). */
    public String messageKey() {
        return onCriterion() ? GateMiss.CRITERION_KEY : GateMiss.OPTION_KEY;
    }

    /** The sentence's arguments, as {@link GateMiss#arguments()}. */
    public Object[] arguments() {
        if (onCriterion()) {
            return new Object[] {stars, criterion, required, found, sheetsMet, sheets};
        }
        return new Object[] {stars, criterion, option, required, found, sheetsMet, sheets};
    }

    /** As the minutes print it: "4★: C.9.a Kiểm soát chất lượng – ISO/HACCP (≥ 20; 10.00; 2/7)". */
    public String text() {
        return stars + "★: " + criterionCode + " " + criterionTitle + (onCriterion() ? "" : " – " + option)
                + " (≥ " + required.stripTrailingZeros().toPlainString() + "; " + found + "; " + sheetsMet + "/" + sheets + ")";
    }
}
