package vn.ocop.planning;

import org.junit.jupiter.api.Test;
import vn.ocop.planning.boundary.DashboardView;
import vn.ocop.planning.boundary.DashboardView.Activity;
import vn.ocop.registration.entity.CycleStep;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DashboardViewTest {

    @Test
    void theTotalsCountEveryStepAndTheClassedProductsOnly() {
        DashboardView view = new DashboardView(2026, null, Map.of(0, 7L, 3, 2L, 4, 1L, 5, 0L), List.of(),
                Map.of(CycleStep.IDEA_REGISTERED, 4L, CycleStep.DOSSIER_SUBMITTED, 6L), List.of(), List.of(), null, List.of());
        assertEquals(10, view.productsTotal());
        assertEquals(3, view.ratedTotal());
    }

    @Test
    void anActivityIsReadAsCreatedRemovedOrChangedFromItsAction() {
        assertEquals("created", activity("PRODUCER_REGISTERED").change());
        assertEquals("created", activity("PARTICIPANT_ENROLLED").change());
        assertEquals("removed", activity("CERTIFICATE_REVOKED").change());
        assertEquals("removed", activity("DOCUMENT_REMOVED").change());
        assertEquals("changed", activity("PRODUCER_UPDATED").change());
    }

    private static Activity activity(String action) {
        return new Activity(LocalDateTime.of(2026, 1, 2, 8, 0), "officer", action, "Producer", "12", null);
    }
}
