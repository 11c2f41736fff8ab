package vn.ocop.certification.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.certification.boundary.DecisionDetails;
import vn.ocop.certification.boundary.DecisionView;
import vn.ocop.certification.boundary.DecisionNumbering;
import vn.ocop.certification.boundary.Decisions;
import vn.ocop.certification.boundary.Revocations;
import vn.ocop.certification.boundary.DecisionIssuing;
import vn.ocop.certification.boundary.IssuedPdf;
import vn.ocop.certification.boundary.NumberOrder;
import vn.ocop.certification.boundary.RoundToRecognise;
import vn.ocop.certification.entity.DecisionText;
import vn.ocop.certification.entity.RevocationGround;
import vn.ocop.certification.entity.SigningMode;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.api.JsonBodies;
import vn.ocop.shared.api.ListAnswer;
import vn.ocop.shared.api.Paging;
import vn.ocop.shared.boundary.Page;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code /ocop/api/v1/decisions}: the People's Committee's decisions. Lists and PDFs for the office, leaders and
 * administrators; drafting, issuing and revocation drafts for the office; approval for leaders. The PDF of an issued
 * decision is answered byte for byte as issued (its SHA-256 in {@code X-Content-SHA256}).
 */
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    /** A decision as the API contract names its fields. */
    public record Decision(long id, String kind, String number, LocalDate date, String status, int productCount, Long roundId,
                           Long refersTo, long version) {

        static Decision of(DecisionView d) {
            return new Decision(d.id(), d.kind().name(), d.number(), d.date(), d.status().name(), d.productCount(), d.roundId(),
                    d.refersToId(), d.version());
        }
    }

    /**
     * A decision with its products and certificates; when just issued with a register number out of order with the body's
     * decisions of the year, {@code numberOrder} names the other decision (null otherwise).
     */
    public record Details(Decision decision, String summary, String signer, String sha256, List<DecisionDetails.Line> products,
                          List<String> certificates, NumberOrder numberOrder) {

        static Details of(DecisionDetails d) {
            return of(d, null);
        }

        static Details of(DecisionDetails d, NumberOrder order) {
            return new Details(Decision.of(d.decision()), d.text().summary(), d.text().signerName(), d.sha256(), d.products(),
                    d.certificates().stream().map(c -> c.number()).toList(), order);
        }
    }

    public static class Draft {
        public long round;
    }

    public static class Change {
        public long version;
        public LocalDate signedOn;
        public String reason;
        /** The register's number, for a body numbered by its register. */
        public String number;
    }

    /** A change of a draft's wording: the fields given replace the draft's, the others stay. */
    public static class Wording {
        public long version;
        public String summary;
        public String legalBases;
        public String proposer;
        public String article1;
        public String article2;
        public String article3;
        public String recipients;
        public SigningMode signingMode;
        public String signerName;

        DecisionText over(DecisionText t) {
            return new DecisionText(or(summary, t.summary()), or(legalBases, t.legalBases()), or(proposer, t.proposer()),
                    or(article1, t.article1()), or(article2, t.article2()), or(article3, t.article3()),
                    or(recipients, t.recipients()), signingMode == null ? t.signingMode() : signingMode,
                    or(signerName, t.signerName()));
        }

        private static String or(String given, String current) {
            return given == null ? current : given;
        }
    }

    /** {@code grounds} is the office's explanation (required with OTHER), {@code groundCodes} the grounds from the list. */
    public static class Revocation {
        public long decision;
        public List<String> certificates;
        public List<RevocationGround> groundCodes;
        public String grounds;
        public Long inspection;
    }

    @EJB
    Decisions decisions;

    @EJB
    Revocations revocations;

    @EJB
    DecisionIssuing issuing;

    @EJB
    DecisionNumbering numbering;

    @GET
    public ListAnswer<Decision> decisions(@QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        Page<DecisionView> found = decisions.list(paging.offset(), paging.rows());
        return new ListAnswer<>(found.items().stream().map(Decision::of).toList(), found.total());
    }

    @GET
    @Path("rounds")
    public ListAnswer<RoundToRecognise> rounds() {
        List<RoundToRecognise> rounds = decisions.rounds();
        return new ListAnswer<>(rounds, rounds.size());
    }

    @GET
    @Path("{id}")
    public Details decision(@PathParam("id") long id) {
        return Details.of(decisions.decision(id));
    }

    /** The issued PDF byte for byte; a draft as it stands ("DỰ THẢO"). */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return pdf(issuing.pdf(id));
    }

    /** All the certificates of an issued decision, one PDF. */
    @GET
    @Path("{id}/certificates/pdf")
    @Produces("application/pdf")
    public Response certificates(@PathParam("id") long id) {
        return pdf(issuing.certificatesPdf(id));
    }

    static Response pdf(IssuedPdf pdf) {
        Response inline = Downloads.inline(pdf.fileName(), "application/pdf", pdf.content());
        return Response.fromResponse(inline).header("X-Content-SHA256", pdf.sha256()).build();
    }

    /** The office drafts the recognition decision of a concluded round: body {"round": id}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Details draft(Draft draft) {
        return Details.of(decisions.draft(JsonBodies.required(draft).round));
    }

    /**
     * The office drafts a revocation: body {"decision": id, "certificates": ["OCOP-…"], "groundCodes": ["FOOD_SAFETY"],
     * "grounds": "the explanation"}; from an inspection that proposed it, {"inspection": id} with its one certificate and
     * the ground INSPECTION_FINDINGS.
     */
    @POST
    @Path("revocations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Details revocation(Revocation body) {
        Revocation revocation = JsonBodies.required(body);
        return Details.of(revocations.draftRevocation(revocation.decision, revocation.certificates, revocation.groundCodes,
                revocation.grounds, revocation.inspection));
    }

    /** The office changes a draft's wording: body {"version": n, "signerName": "…", …}. */
    @PUT
    @Path("{id}/wording")
    @Consumes(MediaType.APPLICATION_JSON)
    public Details wording(@PathParam("id") long id, Wording body) {
        Wording wording = JsonBodies.required(body);
        return Details.of(decisions.edit(id, wording.version, wording.over(decisions.decision(id).text())));
    }

    /** A leader approves: body {"version": n}. */
    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    public Details approve(@PathParam("id") long id, Change change) {
        return Details.of(decisions.approve(id, JsonBodies.required(change).version));
    }

    /** Back to the office: body {"version": n, "reason": "…"}. */
    @POST
    @Path("{id}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    public Details reopen(@PathParam("id") long id, Change change) {
        return Details.of(decisions.reopen(id, JsonBodies.required(change).version, change.reason));
    }

    /**
     * The office issues: body {"version": n, "signedOn": "2019-12-05"}, and {"number": "2468/QĐ-UBND"} for a body numbered
     * by its register; the answer's {@code numberOrder} is the body's decision of the year with which the number is out
     * of order, or null.
     */
    @POST
    @Path("{id}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    public Details issue(@PathParam("id") long id, Change change) {
        DecisionDetails issued = issuing.issue(id, JsonBodies.required(change).version, change.signedOn, change.number);
        return Details.of(issued, numbering.numberOrder(id, null, null).orElse(null));
    }
}
