package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.control.ResultRules;
import vn.ocop.rating.control.Spread;
import vn.ocop.rating.entity.EvaluationRound;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The result rules a council's establishment sets, without a server. */
class CouncilResultRulesTest {

    @Test
    void withoutACouncilTheDefaultRulesHold() {
        assertSame(ResultRules.DEFAULT, ResultRules.of(null));
    }

    @Test
    void aCouncilNotYetEstablishedHasTheDefaultRules() {
        ResultRules rules = ResultRules.of(RoundFixtures.round().getCouncil());
        assertEquals(ResultRules.DEFAULT, rules);
    }

    @Test
    void anEstablishedCouncilSetsItsStarMarkRuleAndItsSpreadButNotTheCriterionShare() {
        EvaluationRound round = RoundFixtures.round();
        round.getCouncil().establish("125/QĐ-UBND", RoundFixtures.STARTS.minusDays(10), 75, true, new BigDecimal("12.5"),
                GateRule.UNANIMOUS);

        ResultRules rules = ResultRules.of(round.getCouncil());

        assertEquals(GateRule.UNANIMOUS, rules.gateRule());
        assertEquals(new Spread(new BigDecimal("12.5"), Spread.DEFAULT.criterionShare()), rules.spread());
        assertEquals(ResultRules.DEFAULT.bands(), rules.bands());
        assertEquals(ResultRules.DEFAULT.adviceSize(), rules.adviceSize());
    }
}
