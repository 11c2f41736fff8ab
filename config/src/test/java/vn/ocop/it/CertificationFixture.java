package vn.ocop.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.certification.boundary.DecisionIssuing;
import vn.ocop.demo.DemoCertification;
import vn.ocop.rating.boundary.CouncilView;
import vn.ocop.rating.boundary.PaperSheets;
import vn.ocop.rating.boundary.RoundDetails;
import vn.ocop.rating.boundary.RoundProductView;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.entity.MemberRole;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The certification tests' set-up, a resource of the test WAR under {@code api/v1/it-certification}, called by a
 * signed-in test account so that the boundaries check its role: a round's paper sheets keyed (by one officer, then by
 * a second) with every criterion at the option nearest a quality (0–1), the round concluded; and an issue that fails
 * after the number was taken (the transaction rolled back). Never part of the application.
 */
@Stateless
@Path("it-certification")
@Produces(MediaType.APPLICATION_JSON)
public class CertificationFixture {

    public record Keyed(int sheets) {
    }

    public record Taken(String number) {
    }

    @EJB
    Rounds rounds;

    @EJB
    PaperSheets paper;

    @EJB
    DecisionIssuing issuing;

    @Resource
    SessionContext context;

    /** Keys every scoring member's paper sheet of every product of the round (as the caller, an officer). */
    @POST
    @Path("rounds/{round}/paper")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Keyed paper(@PathParam("round") long round, @FormParam("quality") double quality) {
        RoundDetails details = rounds.round(round);
        List<Long> members = details.council().members().stream().filter(m -> m.role() != MemberRole.SECRETARY)
                .map(CouncilView.Member::id).toList();
        int sheets = 0;
        for (RoundProductView product : details.products()) {
            Map<Long, Long> choices = DemoCertification.threeStars(paper.form(round, product.productId()).form(), quality);
            for (long member : members) {
                paper.enter(round, product.productId(), member, choices);
                sheets++;
            }
        }
        return new Keyed(sheets);
    }

    /** Records the opening of the results at the session and concludes the round (as the office). */
    @POST
    @Path("rounds/{round}/closing")
    public Keyed close(@PathParam("round") long round) {
        RoundDetails details = rounds.recordOpening(round, rounds.round(round).round().version());
        details = rounds.conclude(round, details.round().version());
        return new Keyed(details.products().size());
    }

    /**
     * Issues the decision and then fails before the commit, as a crash would: answers the number the decision got,
     * which the rollback gives back.
     */
    @POST
    @Path("decisions/{id}/failed-issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Taken failedIssue(@PathParam("id") long id, @FormParam("version") long version, @FormParam("signedOn") String signedOn) {
        String number = issuing.issue(id, version, LocalDate.parse(signedOn)).decision().number();
        context.setRollbackOnly();
        return new Taken(number);
    }
}
