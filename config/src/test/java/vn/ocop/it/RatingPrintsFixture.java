package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.rating.boundary.Rounds;

/**
 * The office concludes a round for {@link RatingPrintsIT} (the API has no call for it; the page
 * does), as a resource of the test WAR under {@code api/v1/it-prints}, called by it-officer so that
 * the boundary checks that account's role. Never part of the application.
 */
@Path("it-prints")
@Produces(MediaType.APPLICATION_JSON)
public class RatingPrintsFixture {

    public record Concluded(long round, String status) {
    }

    @EJB
    Rounds rounds;

    @POST
    @Path("rounds/{round:[0-9]+}/conclusion")
    public Concluded conclude(@PathParam("round") long round) {
        return new Concluded(round, rounds.conclude(round, rounds.round(round).round().version()).round().status().name());
    }
}
