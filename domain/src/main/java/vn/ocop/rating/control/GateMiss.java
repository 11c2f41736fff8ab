package vn.ocop.rating.control;

import java.io.Serializable;

import java.math.BigDecimal;

/**
 * A star mark the council did not meet: the reason a class is withheld. The UI shows it with
 * {@link #messageKey()} and {@link #arguments()}.
 *
 * @param gate        the mark
 * @param found       the council's mean on the criterion (two decimals)
 * @param membersMet  how many of the members who scored the criterion reached the mark
 * @param members     how many members scored the criterion
 */
public record GateMiss(StarGate gate, BigDecimal found, int membersMet, int members) implements Serializable {

    /** Arguments: stars, criterion path, option, required points, found, members met, members. */
    public static final String OPTION_KEY = "rating.result.gate_option";
    /** Arguments: stars, criterion path, lowest points, found, members met, members. */
    public static final String CRITERION_KEY = "rating.result.gate_criterion";

    public int stars() {
        return gate.stars();
    }

    public String messageKey() {
        return gate.onCriterion() ? CRITERION_KEY : OPTION_KEY;
    }

    public Object[] arguments() {
        if (gate.onCriterion()) {
            return new Object[] {gate.stars(), gate.criterion(), gate.requiredPoints(), found, membersMet, members};
        }
        return new Object[] {gate.stars(), gate.criterion(), gate.option(), gate.requiredPoints(), found, membersMet, members};
    }
}
