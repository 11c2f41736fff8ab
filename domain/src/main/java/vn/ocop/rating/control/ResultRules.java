package vn.ocop.rating.control;

import java.util.Objects;

/**
 * The configurable parts of a council's result: the star bands, when the council meets a star
 * mark, the spread that flags a member, and how many criteria the upgrade advice lists.
 *
 * @param adviceSize how many criteria with the largest gap to their maximum the advice lists
 */
public record ResultRules(StarBands bands, GateRule gateRule, Spread spread, int adviceSize) {

    /** Bands 30/50/70/90, marks met by more than half of the sheets, spread 10 points (criteria: half their maximum), 5 criteria of advice. */
    public static final ResultRules DEFAULT = new ResultRules(StarBands.DEFAULT, GateRule.DEFAULT, Spread.DEFAULT, 5);

    public ResultRules {
        Objects.requireNonNull(bands);
        Objects.requireNonNull(gateRule);
        Objects.requireNonNull(spread);
        if (adviceSize < 0) {
            throw new IllegalArgumentException("adviceSize < 0");
        }
    }

    public ResultRules withGateRule(GateRule rule) {
        return new ResultRules(bands, rule, spread, adviceSize);
    }

    public ResultRules withSpread(Spread value) {
        return new ResultRules(bands, gateRule, value, adviceSize);
    }
}
