package vn.ocop.demo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.rating.CatalogueDatabase;
import vn.ocop.rating.boundary.SheetForm;
import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.control.MemberSheet;
import vn.ocop.rating.control.ProductResult;
import vn.ocop.rating.control.ResultRules;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.rating.control.SheetScore;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demonstration's 2024 sheets are believable under the default star-mark rule: on every 148
 * sheet the demonstration's products use, a product lands in the class of its band unless it is one
 * of the few held by a mark, which then stands one class lower with its reason.
 */
class DemoRatingsTest {

    private static final int PRODUCTS = 29;
    private static final List<CatalogueDatabase.Sheet> SHEETS = new ArrayList<>();

    @BeforeAll
    static void load() throws SQLException {
        var used = new HashSet<>(DanPhuong2019.SET_148.values());
        for (CatalogueDatabase.Sheet sheet : CatalogueDatabase.sheets(CatalogueDatabase.h2()).values()) {
            if (sheet.criteriaSet().startsWith("148") && used.contains((long) sheet.productSet()) && sheet.check().usable()
                    && sheet.check().tree().inPrintOrder().stream().noneMatch(n -> n.row().alternatives())) {
                SHEETS.add(sheet);
            }
        }
        assertTrue(SHEETS.size() >= 10, "the sheets of the demonstration's product sets: " + SHEETS.size());
    }

    private static ProductResult result(CatalogueDatabase.Sheet sheet, int product, ResultRules rules) {
        SheetCheck check = sheet.check();
        SheetForm form = SheetForm.of(sheet.id(), sheet.criteriaSet(), check.tree());
        List<SheetScore> scores = new ArrayList<>();
        for (int m = 0; m < DemoRatings.COUNCIL.size(); m++) {
            Map<Long, Long> choices = DemoRatings.choices(form, DemoRatings.quality2024(product), m, product, DemoRatings.held(product));
            scores.add(SheetScore.of(check.tree(), new MemberSheet(m + 1, choices)));
        }
        return ProductResult.of(check.tree(), scores, rules);
    }

    @Test
    void byTheMajorityEveryProductNotHeldLandsInTheClassOfItsBand() {
        int held = 0;
        int heldChances = 0;
        for (CatalogueDatabase.Sheet sheet : SHEETS) {
            for (int product = 0; product < PRODUCTS; product++) {
                ProductResult result = result(sheet, product, ResultRules.DEFAULT);
                if (!DemoRatings.held(product)) {
                    assertEquals(result.bandStars(), result.stars(), sheet.label() + " product " + product + ": " + result.gatedBy());
                    continue;
                }
                heldChances++;
                if (result.gated()) {
                    held++;
                    assertEquals(result.bandStars() - 1, result.stars(), sheet.label() + " product " + product);
                    assertFalse(result.gatedBy().isEmpty());
                    assertTrue(result.gatedBy().stream().allMatch(g -> g.membersMet() * 2 <= g.members()), result.gatedBy().toString());
                }
            }
        }
        assertTrue(held * 4 >= heldChances * 3, "the held products are held on most sheets: " + held + " of " + heldChances);
    }

    @Test
    void theMeanAndUnanimityWouldHoldMoreOfThem() {
        int mean = 0;
        int majority = 0;
        int unanimous = 0;
        for (CatalogueDatabase.Sheet sheet : SHEETS) {
            for (int product = 0; product < PRODUCTS; product++) {
                mean += result(sheet, product, ResultRules.DEFAULT.withGateRule(GateRule.MEAN)).gated() ? 1 : 0;
                majority += result(sheet, product, ResultRules.DEFAULT).gated() ? 1 : 0;
                unanimous += result(sheet, product, ResultRules.DEFAULT.withGateRule(GateRule.UNANIMOUS)).gated() ? 1 : 0;
            }
        }
        assertTrue(mean > majority, mean + " > " + majority);
        assertTrue(unanimous > mean, unanimous + " > " + mean);
    }
}
