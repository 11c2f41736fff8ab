package vn.ocop.planning;

import org.junit.jupiter.api.Test;
import vn.ocop.planning.entity.Plan;
import vn.ocop.planning.entity.Plan.TargetLine;
import vn.ocop.planning.entity.TargetKind;
import vn.ocop.planning.entity.TargetUnit;
import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlanTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);

    private static Plan plan() {
        return new Plan(2019, " 75/KH-UBND ", LocalDate.of(2019, 3, 15), " Kế hoạch thực hiện Chương trình OCOP năm 2019 ", TODAY);
    }

    private static String key(Runnable action) {
        return assertThrows(BusinessException.class, action::run).messageKey();
    }

    @Test
    void aPlanKeepsItsNumberDateAndTitleTrimmed() {
        Plan plan = plan();
        assertEquals("75/KH-UBND", plan.getNumber());
        assertEquals("Kế hoạch thực hiện Chương trình OCOP năm 2019", plan.getTitle());
        assertEquals(2019, plan.getYear());
    }

    @Test
    void aPlanIsSignedOnADayThatHasComeInItsYearOrTheYearBefore() {
        assertEquals("plans.issuedOn.future", key(() -> new Plan(2019, "1/KH", TODAY.plusDays(1), "t", TODAY)));
        assertEquals("plans.issuedOn.year", key(() -> new Plan(2019, "1/KH", LocalDate.of(2017, 12, 31), "t", TODAY)));
        assertEquals(2019, new Plan(2019, "1/KH", LocalDate.of(2018, 12, 20), "t", TODAY).getYear());
        assertEquals("error.required", key(() -> new Plan(2019, " ", TODAY, "t", TODAY)));
        assertEquals("error.required", key(() -> new Plan(2019, "1/KH", TODAY, null, TODAY)));
        assertEquals("plans.yearRange", key(() -> new Plan(1999, "1/KH", TODAY, "t", TODAY)));
    }

    @Test
    void targetsAreCheckedAgainstTheirKind() {
        Plan plan = plan();
        assertEquals("plans.target.unit", key(() -> plan.setTargets(List.of(
                new TargetLine(TargetKind.PRODUCTS_EVALUATED, TargetUnit.PERCENT, null, BigDecimal.TEN, null)))));
        assertEquals("plans.target.stars", key(() -> plan.setTargets(List.of(
                new TargetLine(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, 3, BigDecimal.TEN, null)))));
        assertEquals("plans.target.stars", key(() -> plan.setTargets(List.of(
                new TargetLine(TargetKind.PRODUCTS_RECOGNISED, TargetUnit.COUNT, 2, BigDecimal.TEN, null)))));
        assertEquals("plans.target.percent", key(() -> plan.setTargets(List.of(
                new TargetLine(TargetKind.PRODUCERS_TAKING_PART, TargetUnit.PERCENT, null, new BigDecimal("100.1"), null)))));
        assertEquals("plans.target.amount", key(() -> plan.setTargets(List.of(
                new TargetLine(TargetKind.SUPPORT_BUDGET, TargetUnit.VND, null, new BigDecimal("-1"), null)))));
        assertEquals("plans.target.whole", key(() -> plan.setTargets(List.of(
                new TargetLine(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, null, new BigDecimal("2.5"), null)))));
        assertEquals("plans.target.kind", key(() -> plan.setTargets(List.of(
                new TargetLine(TargetKind.TRAINING_COVERAGE, TargetUnit.PERCENT, null, BigDecimal.TEN, null)))));
        assertEquals(0, plan.getTargets().size(), "a wrong line changes nothing");
    }

    @Test
    void twoTargetsMayNotCountTheSameThing() {
        Plan plan = plan();
        plan.setTargets(List.of(new TargetLine(TargetKind.PRODUCTS_EVALUATED, TargetUnit.COUNT, null, BigDecimal.ONE, null)));
        assertEquals("plans.target.twice", key(() -> plan.setTargets(List.of(
                new TargetLine(TargetKind.PRODUCTS_RECOGNISED, TargetUnit.COUNT, 3, BigDecimal.TEN, null),
                new TargetLine(TargetKind.PRODUCTS_RECOGNISED, TargetUnit.COUNT, 3, BigDecimal.ONE, null)))));
        assertEquals(1, plan.getTargets().size(), "the earlier targets stay");
        plan.setTargets(List.of(
                new TargetLine(TargetKind.PRODUCERS_TAKING_PART, TargetUnit.PERCENT, null, new BigDecimal("100"), null),
                new TargetLine(TargetKind.PRODUCERS_TAKING_PART, TargetUnit.COUNT, null, new BigDecimal("30"), null),
                new TargetLine(TargetKind.PRODUCTS_RECOGNISED, TargetUnit.COUNT, 3, BigDecimal.TEN, null),
                new TargetLine(TargetKind.PRODUCTS_RECOGNISED, TargetUnit.COUNT, 4, BigDecimal.ONE, " ")));
        assertEquals(4, plan.getTargets().size());
        assertEquals(new BigDecimal("100.0"), plan.getTargets().get(0).getAmount());
        assertEquals(new BigDecimal("30"), plan.getTargets().get(1).getAmount());
        assertEquals(null, plan.getTargets().get(3).getNote());
    }
}
