package vn.ocop.planning.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.planning.boundary.PlanView;
import vn.ocop.planning.boundary.Plans;
import vn.ocop.planning.boundary.TargetProgress;
import vn.ocop.shared.api.ListAnswer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /ocop/api/v1/plans}: the district's yearly OCOP plans, the latest first, each with its
 * targets and their actuals computed from the data (see {@code vn.ocop.planning}); {@code /plans/{year}}
 * one of them. {@code unit} is COUNT, PERCENT (one decimal) or VND; {@code actual} is null where
 * there is nothing to measure (a share of nobody); {@code state} is MET, IN_PROGRESS, MISSED or NO_DATA.
 */
@Path("plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

    public record Plan(long id, int year, String number, LocalDate date, String title, List<Target> targets) {
    }

    public record Target(String kind, Integer stars, String audience, BigDecimal target, BigDecimal actual, String unit,
                         BigDecimal reached, String state, String note) {
    }

    @EJB
    Plans plans;

    @GET
    public ListAnswer<Plan> plans() {
        List<Plan> items = plans.plans().stream().map(PlansResource::of).toList();
        return new ListAnswer<>(items, items.size());
    }

    @GET
    @Path("{year: [0-9]{4}}")
    public Plan plan(@PathParam("year") int year) {
        return plans.plan(year).map(PlansResource::of).orElseThrow(NotFoundException::new);
    }

    private static Plan of(PlanView plan) {
        return new Plan(plan.id(), plan.year(), plan.number(), plan.issuedOn(), plan.title(),
                plan.targets().stream().map(PlansResource::of).toList());
    }

    private static Target of(TargetProgress t) {
        return new Target(t.kind().name(), t.stars(), t.audience() == null ? null : t.audience().name(), t.target(),
                t.progress().actual(), t.unit().name(), t.progress().reached(), t.progress().state().name(), t.note());
    }
}
