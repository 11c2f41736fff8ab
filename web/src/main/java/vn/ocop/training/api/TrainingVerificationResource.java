package vn.ocop.training.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.shared.api.ApiErrors;
import vn.ocop.shared.web.ClientAddress;
import vn.ocop.shared.web.VerificationLimit;
import vn.ocop.training.boundary.Enrolments;
import vn.ocop.training.boundary.VerifiedCertificate;

/**
 * {@code GET /ocop/api/v1/verify/training/{number}}: public, no sign-in. A training certificate's
 * number, the name on it, the course and the day of issue; 404 for an unknown number; 429 when one address asks too
 * often (the same limit as the OCOP certificates'). Nothing else about the person.
 */
@Path("verify/training")
@Produces(MediaType.APPLICATION_JSON)
public class TrainingVerificationResource {

    @EJB
    Enrolments enrolments;

    @Inject
    VerificationLimit limit;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{number}")
    public Response verify(@PathParam("number") String number) {
        if (!limit.allow(ClientAddress.of(request))) {
            return ApiErrors.tooManyLookups(limit.retryAfterSeconds(), headers);
        }
        VerifiedCertificate found = enrolments.verify(number).orElseThrow(NotFoundException::new);
        return Response.ok(found).header("Cache-Control", "no-store").build();
    }
}
