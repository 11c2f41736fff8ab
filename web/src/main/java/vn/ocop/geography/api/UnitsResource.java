package vn.ocop.geography.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.identity.boundary.Users;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.shared.api.ListAnswer;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /ocop/api/v1/units}: the administrative units with their validity and successors. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    /** One unit as the API contract names its fields. */
    public record Unit(Long id, String code, String name, String level, String type, Long parentId,
                       LocalDate validFrom, LocalDate validTo, List<Successor> successors, boolean demonstration) {
    }

    public record Successor(Long id, String code, String name, boolean whole, LocalDate effectiveOn) {
    }

    @EJB
    Geography geography;

    @EJB
    Users users;

    @GET
    public ListAnswer<Unit> units(@QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        return ListAnswer.page(geography.units().stream().map(UnitsResource::of).toList(), page, size);
    }

    /** The printable list of units (A4 PDF, Vietnamese, fonts embedded). */
    @GET
    @Path("pdf")
    @Produces("application/pdf")
    public Response pdf() {
        byte[] pdf = geography.unitListPdf(users.me().name());
        return Response.ok(pdf).header("Content-Disposition", "inline; filename=\"don-vi-hanh-chinh.pdf\"").build();
    }

    @GET
    @Path("{id:[0-9]+}")
    public Unit unit(@PathParam("id") long id) {
        return of(geography.unit(id));
    }

    private static Unit of(UnitView u) {
        return new Unit(u.id(), u.code(), u.name(), u.level().name(), u.type().name(), u.parentId(), u.validFrom(),
                u.validTo(), u.successors().stream()
                        .map(s -> new Successor(s.id(), s.code(), s.name(), s.whole(), s.effectiveOn())).toList(), u.demonstration());
    }
}
