package vn.ocop.certification.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.shared.api.PublicLookup;
import vn.ocop.certification.boundary.Verification;

import java.time.LocalDate;

/**
 * {@code GET /ocop/api/v1/verify/{number}}: public, no sign-in. A certificate's state (VALID, EXPIRING, EXPIRED,
 * REVOKED), product, producer, class and validity, the decision and its date, the revocation decision and its date and
 * the certificate that replaced it (new fields after the first nine); 404 for an unknown number; 429 when one address asks too often
 * (it resists guessing: numbers are checked one at a time, there is no list).
 */
@Path("verify")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource extends PublicLookup {

    /** What the contract answers. */
    public record Verified(String number, String status, String product, String producer, int stars, LocalDate validFrom,
                           LocalDate validUntil, String issuer, String decision, LocalDate decisionSignedOn,
                           String revocation, LocalDate revokedOn, String supersededBy, LocalDate supersededOn) {
    }

    @EJB
    Verification verification;

    @GET
    @Path("{number}")
    public Response verify(@PathParam("number") String number) {
        return lookUp(() -> verification.verify(number).map(c -> new Verified(c.number(), c.status().name(), c.product(), c.producer(),
                c.stars(), c.validFrom(), c.validUntil(), c.issuer(), c.decisionNumber(), c.decisionSignedOn(), c.revocationNumber(),
                c.revokedOn(), c.supersededBy(), c.supersededOn())));
    }
}
