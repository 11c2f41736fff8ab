package vn.ocop.training.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.training.boundary.Enrolments;
import vn.ocop.training.boundary.VerifiedCertificate;

/**
 * {@code GET /ocop/api/v1/verify/training/{number}}: public, no sign-in. A training certificate's
 * number, the name on it, the course and the day of issue; 404 for an unknown number. Nothing else
 * about the person.
 */
@Path("verify/training")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingVerificationResource {

    @EJB
    Enrolments enrolments;

    @GET
    @Path("{number}")
    public VerifiedCertificate verify(@PathParam("number") String number) {
        return enrolments.verify(number).orElseThrow(NotFoundException::new);
    }
}
