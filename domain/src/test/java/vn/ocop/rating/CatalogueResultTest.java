package vn.ocop.rating;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.control.ConclusionProposal;
import vn.ocop.rating.control.GateMiss;
import vn.ocop.rating.control.GateReason;
import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.control.MemberSheet;
import vn.ocop.rating.control.ProductResult;
import vn.ocop.rating.control.ResultRules;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.rating.control.SheetScore;
import vn.ocop.rating.control.SheetTree;
import vn.ocop.rating.control.StarGate;
import vn.ocop.rating.control.UpgradeAdvice;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.RecognitionAction;
import vn.ocop.rating.entity.RecognitionRule;
import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The result rules on the real sheets of the catalogue as migration V6 loads them. */
class CatalogueResultTest {

    private static Map<Long, CatalogueDatabase.Sheet> sheets;
    private static SheetTree set7;

    @BeforeAll
    static void load() throws SQLException {
        sheets = CatalogueDatabase.sheets(CatalogueDatabase.h2());
        set7 = sheets.get(7L).check().tree();
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theBestOptionsOfEveryUsableSheetMakeAHundredAndFiveStars() {
        List<CatalogueDatabase.Checked> usable = CatalogueDatabase.usable(sheets);
        for (CatalogueDatabase.Checked checked : usable) {
            CatalogueDatabase.Sheet sheet = checked.sheet();
            SheetCheck check = checked.check();
            SheetScore best = SheetScore.of(check.tree(), new MemberSheet(1, ResultSheet.best(check.tree())));
            assertEquals(0, n("100").compareTo(best.total()), sheet.label());
            ProductResult result = ProductResult.of(check.tree(), List.of(best));
            assertEquals(5, result.stars(), sheet.label() + " " + result.missedGates());
            assertEquals(n("100.00"), result.mean());
        }
        assertEquals(24, usable.size(), "23 sheets of 148 and the 1048 sheet");
    }

    @Test
    void set7CarriesItsStarMarks() {
        List<StarGate> gates = StarGate.of(set7);
        StarGate declaration = gates.stream().filter(g -> g.criterionId() == 7128).findFirst().orElseThrow();
        assertEquals(3, declaration.stars());
        assertEquals(7131L, declaration.optionId());
        assertEquals(n("2"), declaration.requiredPoints());
        assertEquals("Có công bố tiêu chuẩn/chất lượng sản phẩm theo quy định", declaration.option());
        assertEquals("C.8.a", declaration.code());
        assertEquals("Công bố chất lượng sản phẩm theo quy định", declaration.title());
        StarGate property = gates.stream().filter(g -> g.criterionId() == 7059).findFirst().orElseThrow();
        assertTrue(property.onCriterion());
        assertEquals(4, property.stars());
        assertEquals(n("1"), property.requiredPoints(), "its lowest option");
        assertEquals(List.of(), StarGate.of(sheets.get(101L).check().tree()), "1048 sheets carry no marks");
    }

    /** The best option everywhere but the given criteria (criterion id → option id). */
    private static MemberSheet profile(long member, long... overrides) {
        Map<Long, Long> choices = new LinkedHashMap<>(ResultSheet.best(set7));
        for (int i = 0; i < overrides.length; i += 2) {
            choices.put(overrides[i], overrides[i + 1]);
        }
        return new MemberSheet(member, choices);
    }

    /** 75 points: a 4★ band, with the 3★ mark on the quality declaration (8a) missed. */
    private static final long[] SEVENTY_FIVE = {
            7003, 7004,   // 1a raw material < 50 % (1, the 3★ mark itself): −4
            7033, 7036,   // 2b packaging, not premium (2; the 5★ mark is 3): −1
            7043, 7044,   // 3a household (1): −2
            7064, 7066,   // 4a outside the district, < 5 agents (2): −3
            7069, 7071,   // 4b one person in charge (1): −3
            7074, 7076,   // 4c some promotion (1): −3
            7081, 7083,   // 5a leaflet (1): −4
            7088, 7091,   // 5b own story (3, the 3★ mark; the 4★ mark is 5): −2
            7128, 7130,   // 8a a product standard, not declared (1; the 3★ mark is 2): −1
            7148, 7149};  // 11 South-East Asia (1): −2

    private static long[] with(long... more) {
        long[] all = Arrays.copyOf(SEVENTY_FIVE, SEVENTY_FIVE.length + more.length);
        System.arraycopy(more, 0, all, SEVENTY_FIVE.length, more.length);
        return all;
    }

    private static List<SheetScore> council() {
        return List.of(
                SheetScore.of(set7, profile(1, SEVENTY_FIVE)),
                SheetScore.of(set7, profile(2, SEVENTY_FIVE)),
                SheetScore.of(set7, profile(3, with(7128, 7131))),
                SheetScore.of(set7, profile(4, with(7128, 7131))),
                SheetScore.of(set7, profile(5, with(7128, 7131, 7088, 7092))));
    }

    @Test
    void set7AFiveMemberCouncilWhoseStarMarksHoldA76AtTwoStars() {
        List<SheetScore> scores = council();
        assertEquals(List.of("75", "75", "76", "76", "78"), scores.stream().map(s -> s.total().toPlainString()).toList());
        assertEquals(List.of("33", "10", "32"), List.of(scores.get(0).part("A").toPlainString(), scores.get(0).part("B").toPlainString(),
                scores.get(0).part("C").toPlainString()));

        ProductResult r = ProductResult.of(set7, scores, ResultRules.DEFAULT.withGateRule(GateRule.MEAN));
        assertEquals(n("76.00"), r.mean());
        assertEquals(n("33.00"), r.partA());
        assertEquals(n("10.40"), r.partB());
        assertEquals(n("32.60"), r.partC());
        assertEquals(n("1.60"), r.criterionMeans().get(7128L));
        assertEquals(4, r.bandStars());
        assertEquals(2, r.stars());
        assertEquals(List.of(
                "4★ Phần B › 5. CÂU CHUYỆN VỀ SẢN PHẨM › b) Trí tuệ/bản sắc địa phương → 5 | found 3.40, 1/5 met",
                "3★ Phần C › 8. CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM, KIỂM TRA ĐỊNH KỲ › a) Công bố chất lượng sản phẩm theo quy định → 2"
                        + " | found 1.60, 3/5 met"),
                r.gatedBy().stream().map(CatalogueResultTest::describe).toList(), "in print order; the 3★ mark decides");
        assertEquals(List.of("5★ Phần A › 2. PHÁT TRIỂN SẢN PHẨM › b) Đóng gói, bao bì sản phẩm → 3 | found 2.00, 0/5 met"),
                r.missedGates().stream().filter(m -> m.stars() == 5).map(CatalogueResultTest::describe).toList(),
                "a 5★ mark is missed too, but a 4★ band does not need it");
        assertFalse(r.disagreement(), r.memberSpreads() + " " + r.criterionSpreads());
        GateReason declared = GateReason.of(r.gatedBy().get(1));
        assertEquals(new GateReason(3, "C.8.a", "Công bố chất lượng sản phẩm theo quy định",
                "Phần C › 8. CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM, KIỂM TRA ĐỊNH KỲ › a) Công bố chất lượng sản phẩm theo quy định",
                "Có công bố tiêu chuẩn/chất lượng sản phẩm theo quy định", n("2"), n("1.60"), 3, 5), declared,
                "one mark, one reason: the class, the criterion's code and title, the points required and found");
        assertEquals("3★: C.8.a Công bố chất lượng sản phẩm theo quy định – Có công bố tiêu chuẩn/chất lượng sản phẩm theo quy định"
                + " (≥ 2; 1.60; 3/5)", declared.text(), "commas in the texts stay inside the one reason");
        assertEquals(GateReason.of(r.gatedBy().get(0)).text() + "; " + declared.text(), GateReason.text(r.gatedBy()),
                "the reasons kept with a frozen result: each as printed, in print order");

        assertEquals(3, r.advice().nextStars());
        assertEquals(n("0.00"), r.advice().pointsShort());
        assertEquals(List.of(7128L), r.advice().gatesToMeet().stream().map(m -> m.gate().criterionId()).toList());
        assertEquals(List.of(7003L, 7081L, 7064L, 7069L, 7074L), r.advice().largestGaps().stream()
                .map(UpgradeAdvice.CriterionGap::criterionId).toList(), "gaps of 4, 4, 3, 3, 3 points, ties in print order");

        List<RecognitionRule> r148 = List.of(
                new RecognitionRule(EvaluationLevel.DISTRICT, RecognitionAction.EVALUATES, null, null, null, null),
                new RecognitionRule(EvaluationLevel.DISTRICT, RecognitionAction.RECOGNISES, 3, 3, null, null),
                new RecognitionRule(EvaluationLevel.DISTRICT, RecognitionAction.FORWARDS, 4, 5,
                        n("70.00"), EvaluationLevel.PROVINCE));
        assertEquals(Conclusion.NOT_RECOGNISED, ConclusionProposal.of(r148, EvaluationLevel.DISTRICT, r, true).conclusion());

        ProductResult majority = ProductResult.of(set7, scores);
        assertEquals(3, majority.stars(), "by default, 3 of 5 members declared the standard: the 3★ mark is met, the 4★ one on the story is not");
        assertEquals(Conclusion.RECOGNISE, ConclusionProposal.of(r148, EvaluationLevel.DISTRICT, majority, true).conclusion());
    }

    private static String describe(GateMiss miss) {
        return miss.stars() + "★ " + miss.gate().criterion() + " → " + miss.gate().requiredPoints() + " | found " + miss.found()
                + ", " + miss.membersMet() + "/" + miss.members() + " met";
    }

    @Test
    void set7AMemberFarFromTheOthersIsFlaggedOnTheTotalAndOnCriteria() {
        List<SheetScore> scores = new ArrayList<>(council());
        scores.add(SheetScore.of(set7, profile(6)));
        ProductResult r = ProductResult.of(set7, scores);
        assertEquals(n("80.00"), r.mean(), "(380 + 100) / 6");
        assertEquals(List.of(6L), r.memberSpreads().stream().map(ProductResult.MemberSpread::memberId).toList());
        assertEquals(n("76.00"), r.memberSpreads().get(0).othersMean());
        assertEquals(n("24.00"), r.memberSpreads().get(0).difference());
        assertTrue(r.criterionSpreads().stream().allMatch(c -> c.memberId() == 6L), r.criterionSpreads().toString());
        assertEquals(List.of(7003L, 7043L, 7064L, 7069L, 7074L, 7081L, 7148L), r.criterionSpreads().stream()
                .map(ProductResult.CriterionSpread::criterionId).toList(),
                "more than half the maximum from the others: 5 against 1 or 2 (max 5), 4 against 1 (max 4), 3 against 1 (max 3)");
    }

    @Test
    void set7NoneAppliesOnlyWhereNoOptionGivesNothing() {
        assertTrue(SheetScore.allowsNone(set7.node(7050)), "3c local labour: no option under 50 %");
        assertTrue(SheetScore.allowsNone(set7.node(7059)), "3e intellectual property");
        assertFalse(SheetScore.allowsNone(set7.node(7015)), "1d chain linkage has its 0");
        ProductResult noTrademark = ProductResult.of(set7, List.of(SheetScore.of(set7, profile(1, 7059, MemberSheet.NONE_APPLIES))));
        assertEquals(n("98.00"), noTrademark.mean());
        assertEquals(3, noTrademark.stars(), "the 4★ mark on intellectual property asks for a registered trademark");
        assertEquals(GateMiss.CRITERION_KEY, noTrademark.gatedBy().get(0).messageKey());
    }

    @Test
    void set26ScoresOneOfItsAlternativeCases() {
        SheetTree set26 = sheets.get(26L).check().tree();
        Map<Long, Long> best = new LinkedHashMap<>(ResultSheet.best(set26));
        assertEquals(0, n("100").compareTo(SheetScore.of(set26, new MemberSheet(1, best)).total()));
        best.put(26097L, 26100L);
        BusinessException e = assertThrows(BusinessException.class, () -> SheetScore.of(set26, new MemberSheet(1, best)));
        assertEquals(SheetScore.TWO_CASES, e.messageKey());
        assertEquals("Phần C › 8. CHẤT LƯỢNG VỀ ĐIỀU KIỆN KINH DOANH DỊCH VỤ", e.arguments()[0]);
    }
}
