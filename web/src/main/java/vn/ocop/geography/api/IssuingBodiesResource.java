package vn.ocop.geography.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.geography.boundary.BodyNumbering;
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.geography.entity.Numbering;
import vn.ocop.shared.api.JsonBodies;
import vn.ocop.shared.api.ListAnswer;

import java.util.List;

/**
 * {@code /ocop/api/v1/issuing-bodies}: the People's Committees the portal serves and how each numbers its decisions
 * (the office, leaders and the administrator read; the administrator chooses the register or the portal's counter).
 */
@Path("issuing-bodies")
@Produces(MediaType.APPLICATION_JSON)
public class IssuingBodiesResource {

    /** {@code {"numbering": "REGISTER"}} or {@code "COUNTER"}. */
    public static class NumberingBody {
        public Numbering numbering;
    }

    @EJB
    IssuingBodies bodies;

    @GET
    public ListAnswer<BodyNumbering> bodies() {
        List<BodyNumbering> all = bodies.numberings();
        return new ListAnswer<>(all, all.size());
    }

    @PUT
    @Path("{code}/numbering")
    @Consumes(MediaType.APPLICATION_JSON)
    public BodyNumbering numbering(@PathParam("code") String code, NumberingBody body) {
        return bodies.numberBy(code, JsonBodies.required(body).numbering);
    }
}
