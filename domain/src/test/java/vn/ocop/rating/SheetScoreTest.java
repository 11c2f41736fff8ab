package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.MemberSheet;
import vn.ocop.rating.control.SheetScore;
import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One member's sheet: exactly one option per criterion, totals per part, refusals. */
class SheetScoreTest {

    private final ResultSheet s = new ResultSheet();

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    private BusinessException refused(MemberSheet sheet) {
        return assertThrows(BusinessException.class, () -> SheetScore.of(s.tree, sheet));
    }

    @Test
    void aCompleteSheetTotalsItsPartsAndCriteria() {
        SheetScore score = s.score(7, s.raw10, s.ip20, s.m15, s.c2_5, s.q20);
        assertTrue(score.complete());
        assertEquals(7, score.memberId());
        assertEquals(0, n("70").compareTo(score.total()));
        assertEquals(Map.of("A", n("30"), "B", n("15"), "C", n("25")), score.parts());
        assertEquals(List.of("A", "B", "C"), List.copyOf(score.parts().keySet()));
        assertEquals(List.of(s.raw, s.ip, s.marketing, s.case2, s.quality), List.copyOf(score.points().keySet()),
                "criteria in print order; the section holding options is its own criterion; only the case scored");
        assertEquals(n("5"), score.points().get(s.case2));
        assertEquals(n("15"), score.part("B"));
        assertEquals(Map.of(s.raw, s.raw10, s.ip, s.ip20, s.marketing, s.m15, s.case2, s.c2_5, s.quality, s.q20), score.choices());
    }

    @Test
    void theCriteriaOfASheetAreTheNodesHoldingOptions() {
        assertEquals(List.of(s.raw, s.ip, s.marketing, s.case1, s.case2, s.quality),
                SheetScore.criteria(s.tree).stream().map(node -> node.id()).toList());
        assertEquals(n("20"), SheetScore.maximum(s.tree.node(s.ip)));
    }

    @Test
    void theBestOptionEverywhereMakesAHundred() {
        SheetScore score = SheetScore.of(s.tree, new MemberSheet(1, ResultSheet.best(s.tree)));
        assertEquals(0, n("100").compareTo(score.total()));
    }

    @Test
    void aDraftTotalsWhatIsTickedAndListsWhatIsMissing() {
        SheetScore draft = SheetScore.draft(s.tree, s.ticks(1, s.raw20, s.m25));
        assertFalse(draft.complete());
        assertEquals(0, n("45").compareTo(draft.total()));
        assertEquals(0, n("20").compareTo(draft.part("A")));
        assertEquals(0, BigDecimal.ZERO.compareTo(draft.part("C")));
        assertEquals(List.of(s.ip, s.cases, s.quality), draft.missing(), "no case started: the section of cases is missing");
    }

    @Test
    void anIncompleteSheetCannotBeSubmitted() {
        BusinessException e = refused(s.ticks(1, s.raw20, s.m25, s.c1_15));
        assertEquals(SheetScore.INCOMPLETE, e.messageKey());
        assertArrayEquals(new Object[] {2, "Phần A › 1. TỔ CHỨC SẢN XUẤT › b) Sở hữu trí tuệ"}, e.arguments());
    }

    @Test
    void anOptionOfAnotherCriterionIsRefused() {
        MemberSheet wrong = new MemberSheet(1, Map.of(s.raw, s.ip20, s.ip, s.ip10, s.marketing, s.m0, s.case1, s.c1_0,
                s.quality, s.q0));
        BusinessException e = refused(wrong);
        assertEquals(SheetScore.WRONG_OPTION, e.messageKey());
        assertArrayEquals(new Object[] {"Phần A › 1. TỔ CHỨC SẢN XUẤT › a) Nguồn nguyên liệu"}, e.arguments());
        assertEquals(SheetScore.WRONG_OPTION,
                refused(new MemberSheet(1, Map.of(s.raw, 999L))).messageKey(), "an option of no sheet");
        assertEquals(SheetScore.WRONG_OPTION,
                refused(new MemberSheet(1, Map.of(s.raw, s.ip))).messageKey(), "a criterion is no option");
    }

    @Test
    void aCriterionNotOnTheSheetIsRefused() {
        MemberSheet sheet = s.ticks(1, s.raw20, s.ip20, s.m25, s.c1_15, s.q20);
        java.util.Map<Long, Long> choices = new java.util.HashMap<>(sheet.choices());
        choices.put(4242L, 4243L);
        BusinessException e = assertThrows(BusinessException.class, () -> SheetScore.draft(s.tree, new MemberSheet(1, choices)));
        assertEquals(SheetScore.UNKNOWN_CRITERION, e.messageKey());
        assertArrayEquals(new Object[] {4242L}, e.arguments());
        choices.remove(4242L);
        choices.put(s.cases, s.c1_15);
        assertEquals(SheetScore.UNKNOWN_CRITERION,
                assertThrows(BusinessException.class, () -> SheetScore.draft(s.tree, new MemberSheet(1, choices))).messageKey(),
                "the node of cases is no criterion");
    }

    @Test
    void onlyOneOfTheAlternativeCasesIsScored() {
        BusinessException e = refused(s.ticks(1, s.raw20, s.ip20, s.m25, s.c1_15, s.c2_15, s.q20));
        assertEquals(SheetScore.TWO_CASES, e.messageKey());
        assertArrayEquals(new Object[] {"Phần C › 8. ĐIỀU KIỆN KINH DOANH"}, e.arguments());
        assertEquals(0, n("100").compareTo(s.score(1, s.raw20, s.ip20, s.m25, s.c2_15, s.q20).total()));
    }

    @Test
    void noneAppliesCountsZeroOnlyWhereTheSheetPrintsNoZeroOption() {
        MemberSheet none = new MemberSheet(1, Map.of(s.raw, s.raw20, s.ip, MemberSheet.NONE_APPLIES, s.marketing, s.m25,
                s.case1, s.c1_15, s.quality, s.q20));
        SheetScore score = SheetScore.of(s.tree, none);
        assertEquals(0, n("80").compareTo(score.total()));
        assertFalse(score.ticked(s.ip));
        assertTrue(score.ticked(s.raw));
        assertTrue(SheetScore.allowsNone(s.tree.node(s.ip)));
        assertFalse(SheetScore.allowsNone(s.tree.node(s.raw)));

        MemberSheet refusedNone = new MemberSheet(1, Map.of(s.raw, MemberSheet.NONE_APPLIES, s.ip, s.ip10, s.marketing, s.m25,
                s.case1, s.c1_15, s.quality, s.q20));
        BusinessException e = refused(refusedNone);
        assertEquals(SheetScore.NONE_NOT_ALLOWED, e.messageKey());
        assertArrayEquals(new Object[] {"Phần A › 1. TỔ CHỨC SẢN XUẤT › a) Nguồn nguyên liệu"}, e.arguments());
    }
}
