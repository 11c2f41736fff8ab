package vn.ocop.training.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.shared.api.PublicLookup;
import vn.ocop.training.boundary.Enrolments;

/**
 * {@code GET /ocop/api/v1/verify/training/{number}}: public, no sign-in. A training certificate's
 * number, the name on it, the course and the day of issue; 404 for an unknown number; 429 when one address asks too
 * often (the same limit as the OCOP certificates'). Nothing else about the person.
 */
@Path("verify/training")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingVerificationResource extends PublicLookup {

    @EJB
    Enrolments enrolments;

    @GET
    @Path("{number}")
    public Response verify(@PathParam("number") String number) {
        return lookUp(() -> enrolments.verify(number));
    }
}
