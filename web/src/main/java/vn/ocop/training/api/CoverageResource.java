package vn.ocop.training.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.shared.api.ListAnswer;
import vn.ocop.training.boundary.TrainingCoverage;
import vn.ocop.training.control.CoverageRules;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /ocop/api/v1/training/coverage}: per year, audience and commune (the district for the
 * district staff), the people required, those trained and the percentage, with the plan's target
 * and the names still untrained; {@code year} narrows to one year. A commune officer gets their
 * commune only.
 */
@Path("training/coverage")
@Produces(MediaType.APPLICATION_JSON)
public class CoverageResource {

    /** One line as the API contract names its fields. */
    public record Item(int year, String audience, Long communeId, String commune, int required, int trained,
                       BigDecimal percent, int target, List<String> untrained) {
    }

    @EJB
    TrainingCoverage coverage;

    @GET
    public ListAnswer<Item> coverage(@QueryParam("year") Integer year) {
        List<Item> items = coverage.lines(year).stream().map(CoverageResource::of).toList();
        return new ListAnswer<>(items, items.size());
    }

    private static Item of(CoverageRules.Line l) {
        return new Item(l.year(), l.audience().name(), l.unitId(), l.unitName(), l.required(), l.trained(), l.percent(),
                l.target(), l.untrained());
    }
}
