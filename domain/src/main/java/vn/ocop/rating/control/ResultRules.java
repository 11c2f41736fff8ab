package vn.ocop.rating.control;

import vn.ocop.rating.entity.Council;

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

    /**
     * The rules of a council: the default ones with the council's own rule for star marks and its spread where it
     * sets them (the share of a criterion's maximum stays the default); the default ones without a council.
     */
    public static ResultRules of(Council council) {
        if (council == null) {
            return DEFAULT;
        }
        ResultRules rules = council.getGateRule() == null ? DEFAULT : DEFAULT.withGateRule(council.getGateRule());
        return council.getMaxSpread() == null ? rules
                : rules.withSpread(new Spread(council.getMaxSpread(), Spread.DEFAULT.criterionShare()));
    }

    public ResultRules withGateRule(GateRule rule) {
        return new ResultRules(bands, rule, spread, adviceSize);
    }

    public ResultRules withSpread(Spread value) {
        return new ResultRules(bands, gateRule, value, adviceSize);
    }
}
