package vn.ocop.demo;

import org.junit.jupiter.api.Test;
import vn.ocop.registration.control.TaxCodes;
import vn.ocop.registration.entity.PrescreenOutcome;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The City's year of the demonstration as data: the three communes that succeeded Đan Phượng district, each
 * pre-screening its own producers' dossiers by its own officer; passes (some with remarks) and one return with its
 * reasons and an item not met; classes aimed at 3★ and 4★, and one product of 90 points or more for the ministry.
 */
class DemoCity2026Test {

    private static final Map<Long, String> OFFICERS = Map.of(DemoCity2026.XA_DAN_PHUONG, "xa.danphuong",
            DemoCity2026.XA_O_DIEN, "xa.odien", DemoCity2026.XA_LIEN_MINH, "xa.lienminh");

    private static List<DemoCity2026.Product2026> products() {
        return DemoCity2026.PRODUCERS.stream().flatMap(p -> p.products().stream()).toList();
    }

    @Test
    void eachOfTheThreeCommunesPrescreensItsOwnProducersDossiers() {
        assertEquals(OFFICERS.keySet(), DemoCity2026.PRODUCERS.stream().map(DemoCity2026.Producer2026::commune)
                .collect(Collectors.toSet()));
        for (DemoCity2026.Producer2026 producer : DemoCity2026.PRODUCERS) {
            assertFalse(producer.products().isEmpty());
            producer.products().forEach(p -> assertEquals(OFFICERS.get(producer.commune()), p.officer(), p.name()));
            assertNotNull(TaxCodes.canonical(producer.number(), producer.type().needsTaxCode()), producer.number());
        }
        assertEquals(products().size(), products().stream().map(DemoCity2026.Product2026::name).distinct().count());
    }

    @Test
    void somePassWithRemarksOneIsReturnedWithItsReasons() {
        List<DemoCity2026.Product2026> returned = products().stream().filter(p -> p.outcome() == PrescreenOutcome.RETURNED).toList();
        assertEquals(1, returned.size());
        assertNotNull(returned.get(0).reasons());
        assertFalse(returned.get(0).notMet().isEmpty(), "a return names an item not met");
        List<DemoCity2026.Product2026> passed = products().stream().filter(p -> p.outcome() == PrescreenOutcome.PASSED).toList();
        assertTrue(passed.stream().filter(p -> p.remarks() != null).count() >= 2, "passed with remarks");
        passed.forEach(p -> {
            assertNull(p.reasons(), p.name());
            assertEquals(Set.of(), p.notMet(), p.name());
        });
    }

    @Test
    void theCouncilAimsAt3And4StarsAndOneProductForTheMinistry() {
        Set<Integer> aims = products().stream().filter(p -> p.outcome() == PrescreenOutcome.PASSED)
                .map(DemoCity2026.Product2026::aim).collect(Collectors.toSet());
        assertEquals(Set.of(3, 4, 5), aims);
        assertEquals(1, products().stream().filter(p -> p.aim() == 5).count());
        assertEquals(5, DemoCity2026.COUNCIL.size());
        assertEquals("CHAIR", DemoCity2026.COUNCIL.get(0)[1]);
    }
}
