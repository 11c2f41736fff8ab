package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.GateMiss;
import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.control.MemberSheet;
import vn.ocop.rating.control.ProductResult;
import vn.ocop.rating.control.ResultRules;
import vn.ocop.rating.control.SheetScore;
import vn.ocop.rating.control.Spread;
import vn.ocop.rating.control.StarGate;
import vn.ocop.rating.control.UpgradeAdvice;
import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A council's result for a product: means, class, star marks, spread, advice (hand-built sheet {@link ResultSheet}). */
class ProductResultTest {

    private final ResultSheet s = new ResultSheet();

    private static final String QUALITY = "Phần C › 9. ĐẢM BẢO CHẤT LƯỢNG › a) Kiểm soát chất lượng";
    private static final String RAW = "Phần A › 1. TỔ CHỨC SẢN XUẤT › a) Nguồn nguyên liệu";
    private static final String IP = "Phần A › 1. TỔ CHỨC SẢN XUẤT › b) Sở hữu trí tuệ";

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** A submitted sheet given by its totals only (no criteria), for the arithmetic of means. */
    private static SheetScore totals(long member, String a, String b, String c) {
        BigDecimal total = n(a).add(n(b)).add(n(c));
        return new SheetScore(member, total, Map.of("A", n(a), "B", n(b), "C", n(c)), Map.of(), Map.of(), List.of());
    }

    private static SheetScore total(long member, String total) {
        return totals(member, total, "0", "0");
    }

    private ProductResult result(SheetScore... scores) {
        return ProductResult.of(s.tree, List.of(scores));
    }

    private ProductResult result(ResultRules rules, SheetScore... scores) {
        return ProductResult.of(s.tree, List.of(scores), rules);
    }

    private static List<String> reasons(List<GateMiss> misses) {
        return misses.stream().map(m -> m.stars() + "★ " + m.gate().criterion() + " | " + m.gate().option() + " "
                + m.gate().requiredPoints() + " | found " + m.found() + " (" + m.membersMet() + "/" + m.members() + ")").toList();
    }

    // Means and rounding

    @Test
    void theMeanOfTheTotalsHasTwoDecimalsRoundedHalfUp() {
        ProductResult thirds = result(totals(1, "30", "20", "20"), totals(2, "30", "20", "20"), totals(3, "30", "15", "20"));
        assertEquals(n("68.33"), thirds.mean());
        assertEquals(3, thirds.members());
        assertEquals(n("30.00"), thirds.partA());
        assertEquals(n("18.33"), thirds.partB());
        assertEquals(n("20.00"), thirds.partC());
        assertEquals(3, thirds.stars());

        assertEquals(n("10.01"), result(total(1, "10.00"), total(2, "10.01")).mean(), "10.005 rounds up (HALF_EVEN would give 10.00)");
        assertEquals(n("66.67"), result(total(1, "70"), total(2, "65"), total(3, "65")).mean());
    }

    @Test
    void theClassIsThatOfTheRoundedMean() {
        ProductResult up = result(total(1, "69.99"), total(2, "70.00"));
        assertEquals(n("70.00"), up.mean(), "69.995");
        assertEquals(4, up.bandStars());
        assertEquals(4, up.stars());
        ProductResult down = result(total(1, "69.99"), total(2, "69.99"), total(3, "70.00"));
        assertEquals(n("69.99"), down.mean(), "69.99333…");
        assertEquals(3, down.stars());
        assertEquals(5, result(total(1, "89.99"), total(2, "90.00")).stars(), "89.995 → 90.00");
    }

    @Test
    void criterionMeansCountTheMembersWhoScoredTheCriterion() {
        ProductResult r = result(s.score(1, s.raw20, s.ip20, s.m25, s.c1_15, s.q20), s.score(2, s.raw10, s.ip10, s.m25, s.c2_5, s.q20),
                s.score(3, s.raw10, s.ip20, s.m15, s.c2_15, s.q10));
        assertEquals(Map.of(s.raw, n("13.33"), s.ip, n("16.67"), s.marketing, n("21.67"), s.case1, n("15.00"), s.case2, n("10.00"),
                s.quality, n("16.67")), r.criterionMeans());
        assertEquals(List.of(s.raw, s.ip, s.marketing, s.case1, s.case2, s.quality), List.copyOf(r.criterionMeans().keySet()));
        assertEquals(n("80.00"), r.mean(), "(100 + 70 + 70) / 3");
    }

    // Star marks

    @Test
    void aMissedFourStarMarkHoldsAFiveStarBandAtThreeStars() {
        ProductResult r = result(s.score(1, s.raw20, s.ip20, s.m25, s.c1_15, s.q10), s.score(2, s.raw20, s.ip20, s.m25, s.c1_15, s.q10),
                s.score(3, s.raw20, s.ip20, s.m25, s.c1_15, s.q10));
        assertEquals(n("90.00"), r.mean());
        assertEquals(5, r.bandStars());
        assertEquals(3, r.stars());
        assertTrue(r.gated());
        assertEquals(List.of("4★ " + QUALITY + " | ISO/HACCP 20 | found 10.00 (0/3)"), reasons(r.gatedBy()));
        GateMiss miss = r.gatedBy().get(0);
        assertEquals(GateMiss.OPTION_KEY, miss.messageKey());
        assertArrayEquals(new Object[] {4, QUALITY, "ISO/HACCP", n("20"), n("10.00"), 0, 3}, miss.arguments());
    }

    @Test
    void aMissedThreeStarMarkLeavesTwoStarsWhateverTheScore() {
        ProductResult r = result(s.score(1, s.raw0, s.ip20, s.m25, s.c1_15, s.q20), s.score(2, s.raw0, s.ip20, s.m25, s.c1_15, s.q20));
        assertEquals(n("80.00"), r.mean());
        assertEquals(4, r.bandStars());
        assertEquals(2, r.stars());
        assertEquals(List.of("3★ " + RAW + " | Dưới 50% 10 | found 0.00 (0/2)"), reasons(r.gatedBy()));
    }

    @Test
    void everyMissedMarkUpToTheBandIsAReasonAndTheLowestDecides() {
        ProductResult r = result(s.score(1, s.raw0, s.ip20, s.m15, s.c1_15, s.q20), s.score(2, s.raw0, s.ip20, s.m15, s.c1_15, s.q20));
        assertEquals(n("70.00"), r.mean());
        assertEquals(List.of("3★ " + RAW + " | Dưới 50% 10 | found 0.00 (0/2)"), reasons(r.gatedBy()),
                "the 5★ mark on marketing is missed too, but a 4★ band does not need it");
        assertEquals(List.of("3★ " + RAW + " | Dưới 50% 10 | found 0.00 (0/2)",
                "5★ Phần B › 4. TIẾP THỊ | Quốc tế 25 | found 15.00 (0/2)"), reasons(r.missedGates()));
        assertEquals(2, r.stars());

        ProductResult five = result(ResultRules.DEFAULT.withGateRule(GateRule.MEAN),
                s.score(1, s.raw20, s.ip20, s.m15, s.c1_0, s.q20), s.score(2, s.raw20, s.ip20, s.m25, s.c1_15, s.q20),
                s.score(3, s.raw20, s.ip20, s.m25, s.c1_15, s.q20), s.score(4, s.raw20, s.ip20, s.m15, s.c1_0, s.q20),
                s.score(5, s.raw20, s.ip20, s.m25, s.c1_15, s.q20));
        assertEquals(n("90.00"), five.mean());
        assertEquals(List.of("5★ Phần B › 4. TIẾP THỊ | Quốc tế 25 | found 21.00 (3/5)",
                "4★ Phần C › 8. ĐIỀU KIỆN KINH DOANH › a. Trường hợp 1 | Đạt 15 | found 9.00 (3/5)"), reasons(five.gatedBy()),
                "in print order");
        assertEquals(3, five.stars(), "by the mean");
    }

    @Test
    void aMarkOnTheCriterionNeedsOneOfItsOptionsTicked() {
        MemberSheet none = new MemberSheet(1, Map.of(s.raw, s.raw20, s.ip, MemberSheet.NONE_APPLIES, s.marketing, s.m25,
                s.case1, s.c1_15, s.quality, s.q20));
        ProductResult r = result(SheetScore.of(s.tree, none), s.score(2, s.raw20, s.ip10, s.m25, s.c1_15, s.q20));
        assertEquals(n("85.00"), r.mean());
        assertEquals(3, r.stars());
        GateMiss miss = r.gatedBy().get(0);
        assertTrue(miss.gate().onCriterion());
        assertEquals(GateMiss.CRITERION_KEY, miss.messageKey());
        assertArrayEquals(new Object[] {4, IP, n("10"), n("5.00"), 1, 2}, miss.arguments());

        ProductResult ticked = result(s.score(1, s.raw20, s.ip10, s.m25, s.c1_15, s.q20));
        assertEquals(5, ticked.stars(), "the lowest option meets a mark on its criterion");
    }

    @Test
    void aMarkInACaseNobodyScoredDoesNotApply() {
        ProductResult r = result(s.score(1, s.raw20, s.ip20, s.m25, s.c2_5, s.q20), s.score(2, s.raw20, s.ip20, s.m25, s.c2_15, s.q20));
        assertEquals(n("95.00"), r.mean());
        assertEquals(5, r.stars());
        assertEquals(List.of(), r.missedGates());
        assertNull(r.advice());
    }

    @Test
    void theGateRuleDecidesWhenTheCouncilMeetsAMark() {
        SheetScore[] split = {s.score(1, s.raw20, s.ip20, s.m15, s.c1_15, s.q20), s.score(2, s.raw20, s.ip20, s.m15, s.c1_15, s.q20),
                s.score(3, s.raw0, s.ip20, s.m15, s.c1_15, s.q20), s.score(4, s.raw0, s.ip20, s.m15, s.c1_15, s.q20)};
        ResultRules mean = ResultRules.DEFAULT.withGateRule(GateRule.MEAN);
        assertEquals(n("80.00"), result(split).mean());
        assertEquals(4, result(mean, split).stars(), "MEAN: 10.00 reaches the 10 of the marked option");
        assertEquals(2, result(split).stars(), "the default, by the majority: 2 of 4 is not more than half");
        assertEquals(2, result(ResultRules.DEFAULT.withGateRule(GateRule.UNANIMOUS), split).stars());

        SheetScore[] twoOfThree = {s.score(1, s.raw20, s.ip20, s.m15, s.c1_15, s.q20), s.score(2, s.raw20, s.ip20, s.m15, s.c1_15, s.q20),
                s.score(3, s.raw20, s.ip20, s.m15, s.c1_15, s.q0)};
        assertEquals(3, result(mean, twoOfThree).stars(), "MEAN: 13.33 is short of 20");
        assertEquals(4, result(twoOfThree).stars(), "the default: 2 of 3 sheets reach it");
        assertEquals(3, result(ResultRules.DEFAULT.withGateRule(GateRule.UNANIMOUS), twoOfThree).stars());
        assertEquals("rating.result.gate_rule.MAJORITY", GateRule.MAJORITY.messageKey());
    }

    @Test
    void byDefaultAMarkIsMetWhenMoreThanHalfOfTheSheetsMeetIt() {
        assertEquals(GateRule.MAJORITY, ResultRules.DEFAULT.gateRule());
        assertEquals(GateRule.MAJORITY, GateRule.DEFAULT);
        assertEquals(4, result(sevenWith(4)).stars(), "4 of 7 is more than half");
        assertEquals(2, result(sevenWith(3)).stars(), "3 of 7 is not");
        assertEquals(List.of("3★ " + RAW + " | Dưới 50% 10 | found 8.57 (3/7)"), reasons(result(sevenWith(3)).gatedBy()));
        assertEquals(4, result(sevenWith(7)).stars());
        assertEquals(2, result(sevenWith(0)).stars());
        assertEquals(4, result(s.score(1, s.raw20, s.ip20, s.m15, s.c1_15, s.q20)).stars(), "one sheet that meets it");
        assertEquals(2, result(s.score(1, s.raw0, s.ip20, s.m15, s.c1_15, s.q20)).stars(), "one sheet that does not");
        assertEquals(2, result(s.score(1, s.raw20, s.ip20, s.m15, s.c1_15, s.q20), s.score(2, s.raw0, s.ip20, s.m15, s.c1_15, s.q20))
                .stars(), "1 of 2 is half, not more");
        assertEquals(4, result(sevenWith(4)).stars(), "the mean would be 11.43, above 10 anyway");
        assertEquals(4, result(fourOfSevenFarBelow()).stars(), "by the majority the three sheets far below do not hold it");
        assertEquals(2, result(ResultRules.DEFAULT.withGateRule(GateRule.MEAN), fourOfSevenFarBelow()).stars(),
                "by the mean they would: 7 of 10 / 7 = 5.71");
        assertEquals(2, result(ResultRules.DEFAULT.withGateRule(GateRule.UNANIMOUS), sevenWith(6)).stars());
        assertEquals(4, result(ResultRules.DEFAULT.withGateRule(GateRule.UNANIMOUS), sevenWith(7)).stars());
    }

    @Test
    void onlyTheSheetsThatScoreTheCriterionCount() {
        // Case 1 of section 8 carries a 4★ mark; the members who scored case 2 do not count for it.
        ProductResult r = result(s.score(1, s.raw20, s.ip20, s.m15, s.c1_15, s.q20), s.score(2, s.raw20, s.ip20, s.m15, s.c2_15, s.q20),
                s.score(3, s.raw20, s.ip20, s.m15, s.c2_15, s.q20));
        assertEquals(4, r.stars(), "1 of the 1 sheet scoring case 1 meets its mark");
        ProductResult missed = result(s.score(1, s.raw20, s.ip20, s.m15, s.c1_0, s.q20), s.score(2, s.raw20, s.ip20, s.m15, s.c2_15, s.q20),
                s.score(3, s.raw20, s.ip20, s.m15, s.c2_15, s.q20));
        assertEquals(List.of("4★ Phần C › 8. ĐIỀU KIỆN KINH DOANH › a. Trường hợp 1 | Đạt 15 | found 0.00 (0/1)"),
                reasons(missed.gatedBy()));
    }

    /** Seven sheets of an 80-point product whose first {@code meeting} ones reach the 3★ mark on raw materials (10), the others 0. */
    private SheetScore[] sevenWith(int meeting) {
        SheetScore[] scores = new SheetScore[7];
        for (int i = 0; i < 7; i++) {
            scores[i] = s.score(i + 1, i < meeting ? s.raw20 : s.raw0, s.ip20, s.m15, s.c1_15, s.q20);
        }
        return scores;
    }

    /** Four sheets at the mark exactly (10), three far below (0): the mean 5.71 misses it, the majority meets it. */
    private SheetScore[] fourOfSevenFarBelow() {
        SheetScore[] scores = new SheetScore[7];
        for (int i = 0; i < 7; i++) {
            scores[i] = s.score(i + 1, i < 4 ? s.raw10 : s.raw0, s.ip20, s.m15, s.c1_15, s.q20);
        }
        return scores;
    }

    @Test
    void theMarksOfTheSheetAreReadInPrintOrder() {
        assertEquals(List.of("3 " + s.raw + " " + s.raw10 + " 10", "4 " + s.ip + " null 10", "5 " + s.marketing + " " + s.m25 + " 25",
                        "4 " + s.case1 + " " + s.c1_15 + " 15", "4 " + s.quality + " " + s.q20 + " 20"),
                StarGate.of(s.tree).stream().map(g -> g.stars() + " " + g.criterionId() + " " + g.optionId() + " " + g.requiredPoints())
                        .toList());
    }

    // Spread

    @Test
    void aMemberMoreThanTenPointsFromTheOthersMeanIsFlagged() {
        ProductResult r = result(total(1, "80"), total(2, "80"), total(3, "75"), total(4, "60"));
        assertEquals(1, r.memberSpreads().size());
        ProductResult.MemberSpread flagged = r.memberSpreads().get(0);
        assertEquals(4, flagged.memberId());
        assertEquals(n("78.33"), flagged.othersMean());
        assertEquals(n("-18.33"), flagged.difference());
        assertTrue(r.disagreement());

        assertEquals(List.of(), result(total(1, "70"), total(2, "80"), total(3, "80")).memberSpreads(), "exactly 10 is allowed");
        assertEquals(List.of(1L), result(total(1, "69.99"), total(2, "80"), total(3, "80")).memberSpreads().stream()
                .map(ProductResult.MemberSpread::memberId).toList());
        assertEquals(List.of(), result(total(1, "20")).memberSpreads(), "a council of one");
        ProductResult wider = result(ResultRules.DEFAULT.withSpread(new Spread(n("20"), n("0.5"))),
                total(1, "80"), total(2, "80"), total(3, "75"), total(4, "60"));
        assertFalse(wider.disagreement());
    }

    @Test
    void aMemberMoreThanHalfACriterionsMaximumFromTheOthersIsFlaggedOnIt() {
        ProductResult r = result(s.score(1, s.raw20, s.ip20, s.m25, s.c1_15, s.q20), s.score(2, s.raw20, s.ip20, s.m25, s.c1_15, s.q20),
                s.score(3, s.raw20, s.ip20, s.m25, s.c1_15, s.q0));
        assertEquals(List.of(new ProductResult.CriterionSpread(s.quality, QUALITY, 3, n("0"), n("20.00"), n("-20.00"))),
                r.criterionSpreads(), "members 1 and 2 are 10 from the others' mean: half of 20, not more");
        assertEquals(List.of(3L), r.memberSpreads().stream().map(ProductResult.MemberSpread::memberId).toList());

        ProductResult close = result(s.score(1, s.raw20, s.ip20, s.m25, s.c1_15, s.q20), s.score(2, s.raw20, s.ip20, s.m25, s.c1_15, s.q20),
                s.score(3, s.raw20, s.ip20, s.m25, s.c1_15, s.q10));
        assertFalse(close.disagreement());
        ProductResult strict = result(ResultRules.DEFAULT.withSpread(new Spread(n("10"), n("0.25"))),
                s.score(1, s.raw20, s.ip20, s.m25, s.c1_15, s.q20), s.score(2, s.raw20, s.ip20, s.m25, s.c1_15, s.q20),
                s.score(3, s.raw20, s.ip20, s.m25, s.c1_15, s.q10));
        assertEquals(List.of(3L), strict.criterionSpreads().stream().map(ProductResult.CriterionSpread::memberId).toList());
    }

    // Advice

    @Test
    void theAdviceNamesTheMissedMarksAndTheLargestGapsForTheNextClass() {
        ProductResult r = result(s.score(1, s.raw10, s.ip10, s.m15, s.c1_0, s.q10), s.score(2, s.raw10, s.ip10, s.m15, s.c1_0, s.q10));
        assertEquals(n("45.00"), r.mean());
        assertEquals(2, r.stars());
        UpgradeAdvice advice = r.advice();
        assertEquals(3, advice.nextStars());
        assertEquals(n("5.00"), advice.pointsShort());
        assertEquals(List.of(), advice.gatesToMeet(), "the 3★ mark (raw material 10) is met");
        assertEquals(List.of("Phần C › 8. ĐIỀU KIỆN KINH DOANH › a. Trường hợp 1 15.00", RAW + " 10.00", IP + " 10.00",
                        "Phần B › 4. TIẾP THỊ 10.00", QUALITY + " 10.00"),
                advice.largestGaps().stream().map(g -> g.criterion() + " " + g.gap()).toList(),
                "largest gap first, ties in print order; the case nobody scored is left out");

        ProductResult gated = result(s.score(1, s.raw20, s.ip20, s.m25, s.c1_15, s.q10));
        assertEquals(3, gated.stars());
        assertEquals(4, gated.advice().nextStars());
        assertEquals(n("0.00"), gated.advice().pointsShort());
        assertEquals(List.of("4★ " + QUALITY + " | ISO/HACCP 20 | found 10.00 (0/1)"), reasons(gated.advice().gatesToMeet()));
        assertEquals(1, result(new ResultRules(ResultRules.DEFAULT.bands(), GateRule.MEAN, Spread.DEFAULT, 1),
                s.score(1, s.raw10, s.ip10, s.m15, s.c1_0, s.q10)).advice().largestGaps().size());
    }

    // Refusals

    @Test
    void aResultNeedsSheetsEachMembersOnceAndComplete() {
        assertEquals(ProductResult.NO_SHEETS, assertThrows(BusinessException.class, () -> result()).messageKey());
        BusinessException twice = assertThrows(BusinessException.class, () -> result(total(5, "70"), total(5, "80")));
        assertEquals(ProductResult.DUPLICATE_MEMBER, twice.messageKey());
        assertArrayEquals(new Object[] {5L}, twice.arguments());
        SheetScore draft = SheetScore.draft(s.tree, s.ticks(1, s.raw20, s.ip20, s.m25, s.c1_15));
        BusinessException incomplete = assertThrows(BusinessException.class, () -> result(draft));
        assertEquals(SheetScore.INCOMPLETE, incomplete.messageKey());
        assertArrayEquals(new Object[] {1, QUALITY}, incomplete.arguments());
    }
}
