package vn.ocop.rating;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.rating.RoundFixtures.A_CRITERION;
import static vn.ocop.rating.RoundFixtures.A_FULL;
import static vn.ocop.rating.RoundFixtures.A_HALF;
import static vn.ocop.rating.RoundFixtures.B_CRITERION;
import static vn.ocop.rating.RoundFixtures.B_FULL;
import static vn.ocop.rating.RoundFixtures.B_LOW;
import static vn.ocop.rating.RoundFixtures.C1_CRITERION;
import static vn.ocop.rating.RoundFixtures.C1_FULL;
import static vn.ocop.rating.RoundFixtures.C2_FIRST;
import static vn.ocop.rating.RoundFixtures.C2_FIRST_FULL;
import static vn.ocop.rating.RoundFixtures.C2_SECOND;
import static vn.ocop.rating.RoundFixtures.C2_SECOND_FULL;

/**
 * The sheet as a member fills it in: the criteria to tick, one option each from that criterion, the
 * alternative cases, what is still missing and the member's own totals; on every usable sheet of the
 * catalogue, the best option everywhere gives 100.
 */
class SheetChoicesTest {

    private static Map<Long, CatalogueDatabase.Sheet> sheets;

    @BeforeAll
    static void load() throws SQLException {
        sheets = CatalogueDatabase.sheets(CatalogueDatabase.h2());
    }

    @Test
    void theCriteriaAreTheNodesWhoseChildrenAreOptions() {
        SheetChoices form = RoundFixtures.form();
        assertEquals(List.of(A_CRITERION, B_CRITERION, C1_CRITERION, C2_FIRST, C2_SECOND),
                form.criteria().stream().map(SheetChoices.Criterion::id).toList());
        assertEquals("C", form.criteria().get(2).part());
        assertEquals(Map.of("A", new BigDecimal("40"), "B", new BigDecimal("25"), "C", new BigDecimal("35")), form.maxima());
        assertFalse(form.isCriterion(22), "a case of alternatives is not ticked itself");
    }

    @Test
    void anOptionMustBelongToItsCriterion() {
        SheetChoices form = RoundFixtures.form();
        form.check(A_CRITERION, A_HALF);
        form.check(A_CRITERION, null);
        assertEquals("rating.sheet.notAnOption", assertThrows(BusinessException.class,
                () -> form.check(A_CRITERION, B_LOW)).messageKey());
        assertEquals("rating.sheet.notAnOption", assertThrows(BusinessException.class,
                () -> form.check(A_CRITERION, A_CRITERION)).messageKey());
        assertEquals("rating.sheet.notACriterion", assertThrows(BusinessException.class,
                () -> form.check(2, null)).messageKey(), "a section is not ticked");
        assertEquals("rating.sheet.notACriterion", assertThrows(BusinessException.class,
                () -> form.check(A_HALF, A_HALF)).messageKey(), "nor is an option");
    }

    @Test
    void aChoiceInOneAlternativeCaseExcludesTheOtherCase() {
        SheetChoices form = RoundFixtures.form();
        assertEquals(java.util.Set.of(C2_FIRST, C2_SECOND), form.excludedBy(C1_CRITERION));
        assertEquals(java.util.Set.of(C1_CRITERION), form.excludedBy(C2_SECOND));
        assertTrue(form.excludedBy(A_CRITERION).isEmpty());
    }

    @Test
    void missingFollowsTheCaseInUse() {
        SheetChoices form = RoundFixtures.form();
        assertEquals(List.of(A_CRITERION, B_CRITERION, C1_CRITERION), form.missing(Map.of()),
                "with no case chosen, the first case is asked for");
        Map<Long, Long> choices = new HashMap<>(Map.of(A_CRITERION, A_FULL, B_CRITERION, B_LOW, C2_FIRST, C2_FIRST_FULL));
        assertEquals(List.of(C2_SECOND), form.missing(choices), "the second case is in use");
        choices.put(C2_SECOND, C2_SECOND_FULL);
        assertTrue(form.complete(choices));
        assertTrue(form.complete(Map.of(A_CRITERION, A_FULL, B_CRITERION, B_LOW, C1_CRITERION, C1_FULL)));
    }

    @Test
    void totalsArePerPartAndTheSumOfTheChosenPoints() {
        SheetChoices.Totals totals = RoundFixtures.form().totals(Map.of(A_CRITERION, A_HALF, B_CRITERION, B_FULL,
                C2_FIRST, C2_FIRST_FULL, 999L, 1L));
        assertEquals(0, new BigDecimal("20").compareTo(totals.part("A")));
        assertEquals(0, new BigDecimal("25").compareTo(totals.part("B")));
        assertEquals(0, new BigDecimal("20").compareTo(totals.part("C")));
        assertEquals(0, new BigDecimal("65").compareTo(totals.total()), "a choice the sheet does not know is ignored");
        assertEquals(0, BigDecimal.ZERO.compareTo(RoundFixtures.form().totals(Map.of()).total()));
    }

    @Test
    void onEveryUsableSheetTheBestOptionEverywhereGivesOneHundred() {
        List<CatalogueDatabase.Checked> usable = CatalogueDatabase.usable(sheets);
        for (CatalogueDatabase.Checked checked : usable) {
            CatalogueDatabase.Sheet sheet = checked.sheet();
            SheetCheck check = checked.check();
            SheetChoices form = SheetChoices.of(check.tree());
            Map<Long, Long> choices = new LinkedHashMap<>();
            for (SheetChoices.Criterion criterion : form.criteria()) {
                long best = criterion.options().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                form.check(criterion.id(), best);
                choices.put(criterion.id(), best);
                form.excludedBy(criterion.id()).forEach(choices::remove);
            }
            assertEquals(List.of(), form.missing(choices), sheet.label());
            assertEquals(0, new BigDecimal("100").compareTo(form.totals(choices).total()), sheet.label());
        }
        assertEquals(24, usable.size(), "23 sheets of 148/QĐ-TTg and the fresh-produce sheet of 1048/QĐ-TTg");
    }

    @Test
    void theTouristServicesSheetScoresOneCaseOfEachAlternative() {
        CatalogueDatabase.Sheet services = sheets.values().stream()
                .filter(s -> s.criteriaSet().equals("148/QĐ-TTg") && s.productSet() == 26).findFirst().orElseThrow();
        SheetChoices form = SheetChoices.of(services.check().tree());
        long caseOne = 26093;
        long caseTwo = 26097;
        assertTrue(form.isCriterion(caseOne) && form.isCriterion(caseTwo));
        assertEquals(java.util.Set.of(caseTwo), form.excludedBy(caseOne));
        assertTrue(form.missing(Map.of()).contains(caseOne));
        assertFalse(form.missing(Map.of()).contains(caseTwo), "only one case of section 8 is asked for");
        assertTrue(form.missing(Map.of(caseTwo, 26099L)).stream().noneMatch(id -> id == caseOne || id == caseTwo));
    }
}
