package vn.ocop.rating.api;

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
import vn.ocop.rating.boundary.MemberSheetView;
import vn.ocop.rating.boundary.PaperSheets;
import vn.ocop.rating.boundary.PaperState;
import vn.ocop.rating.boundary.QuorumView;
import vn.ocop.rating.boundary.ResultView;
import vn.ocop.rating.boundary.ReferenceScores;
import vn.ocop.rating.boundary.ReferenceSheetView;
import vn.ocop.rating.boundary.Results;
import vn.ocop.rating.boundary.RatingPrints;
import vn.ocop.rating.boundary.RoundView;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.boundary.SavedSheet;
import vn.ocop.rating.boundary.Scoring;
import vn.ocop.rating.boundary.SubmittedSheetView;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.control.GateReason;
import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.entity.ReferenceKind;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.api.JsonBodies;
import vn.ocop.shared.api.ListAnswer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /ocop/api/v1/rounds}: the evaluation rounds ({@code id}, {@code level}, {@code year},
 * {@code status}: OPEN, SCORING, CONCLUDED); a council member gets the rounds they sit on.
 *
 * <p>A council member's own sheet, for scoring from another client (and for the tests), under
 * {@code rounds/{round}/products/{product}}: {@code GET sheet}; {@code POST declaration}
 * ({@code {"conflict": false}} or {@code {"conflict": true, "note": "…"}}); {@code PUT sheet}
 * ({@code {"version": 3, "choices": {"criterionId": optionId, …}}}, a null option clears one);
 * {@code POST sheet/submission} ({@code {"version": 4}}); {@code GET sheets}: the sheets that count,
 * sealed until the member submitted theirs and the chair opened the results. {@code POST
 * rounds/{round}/results/opening}: the chair opens the results. Rules refused answer 400 with the
 * message key, someone else's round 404.
 *
 * <p>Printables (A4 PDF, Vietnamese): {@code GET rounds/{round}/minutes.pdf}, the minutes of the
 * council's session, once the chair opened the results (the office, leaders, administrators, the
 * round's council: a member who scores once all their sheets of the round are in, else 400
 * {@code rating.minutes.sealed}); {@code GET rounds/{round}/products/{product}/members/{member}/sheet.pdf}, a
 * member's scoring sheet for a product, with their choices once submitted, else pre-filled to score
 * on paper (the office; a council member only their own: another member's answers 404).
 */
@Path("rounds")
@Produces(MediaType.APPLICATION_JSON)
public class RoundsResource {

    private static final String PDF = "application/pdf";

    /** One round as the API contract names its fields. */
    public record Round(Long id, String level, int year, String status) {
    }

    public record Sheet(long round, long product, String state, long version, LocalDateTime savedAt,
                        LocalDateTime submittedAt, Map<String, Long> choices, Map<String, BigDecimal> parts,
                        BigDecimal total, int missing, List<Criterion> criteria, boolean sheetsVisible) {
    }

    public record Criterion(long id, String part, List<Long> options) {
    }

    public record Saved(long version, LocalDateTime savedAt, Map<String, BigDecimal> parts, BigDecimal total, int missing) {
    }

    public record Submitted(long memberId, String username, String member, String role, LocalDateTime submittedAt,
                            Map<String, BigDecimal> parts, BigDecimal total) {
    }

    /** {@code {"conflict": true, "note": "…"}} */
    public static class Declaration {
        public boolean conflict;
        public String note;
    }

    /** {@code {"version": 3, "choices": {"1003": 1005}}} */
    public static class Draft {
        public long version;
        public Map<String, Long> choices;
    }

    /** {@code {"version": 4}} */
    public static class Submission {
        public long version;
    }

    /**
     * One product's result as the API contract names its fields: {@code gatedBy} the star marks that
     * lowered the class, one element per missed mark (empty when none), {@code gateRule} when the
     * council meets a mark (MAJORITY, MEAN or UNANIMOUS), {@code conclusion} the council's (the rules' proposal
     * unless the council recorded another); {@code sealed} true for a council member whose own sheet
     * for the product is not in yet: the row then names the product and carries no figure.
     */
    public record Result(long productId, String product, BigDecimal mean, BigDecimal partA, BigDecimal partB,
                         BigDecimal partC, Integer bandStars, Integer stars, List<Gate> gatedBy, String gateRule,
                         String conclusion, boolean sealed) {
    }

    /**
     * A missed star mark: the class it withholds ({@code stars}), the criterion's code ("C.9.a") and
     * title, where it is on the sheet, the marked option (null for a mark on the criterion itself),
     * the points required and found (the council's mean on the criterion), how many of the counted
     * sheets scoring the criterion reach the mark, and the mark as the minutes print it ({@code text}).
     * A round concluded before the marks were kept one by one answers its printed text only.
     */
    public record Gate(Integer stars, String criterionCode, String criterionTitle, String criterion, String option,
                       BigDecimal required, BigDecimal found, Integer sheetsMet, Integer sheets, String text) {

        static Gate of(GateReason reason) {
            return new Gate(reason.stars(), reason.criterionCode(), reason.criterionTitle(), reason.criterion(), reason.option(),
                    reason.required(), reason.found(), reason.sheetsMet(), reason.sheets(), reason.text());
        }

        static Gate printed(String text) {
            return new Gate(null, null, null, null, null, null, null, null, null, text);
        }
    }

    /** {@code {"version": 7, "conclusion": "NOT_RECOGNISED", "note": "…"}}: the round's version. */
    public static class Decision {
        public long version;
        public String conclusion;
        public String note;
    }

    /** {@code {"reason": "…"}} */
    public static class Rescore {
        public String reason;
    }

    /** {@code {"choices": {"criterionId": optionId, …}}}: a paper sheet keyed by an officer. */
    public static class Paper {
        public Map<String, Long> choices;
    }

    @EJB
    Results results;

    @EJB
    PaperSheets paper;

    @EJB
    ReferenceScores references;

    /** {@code {"version": 0, "choices": {"criterionId": optionId, …}}}: a self-assessment or pre-score. */
    public static class ReferenceBody {
        public long version;
        public Map<String, Long> choices;
    }

    /** A self-assessment or pre-score: its version, choices and total. */
    public record Reference(String kind, long version, Map<String, Long> choices, BigDecimal total, String enteredBy) {
    }

    @EJB
    Rounds rounds;

    @EJB
    Scoring scoring;

    @EJB
    RatingPrints prints;

    @GET
    public ListAnswer<Round> rounds(@QueryParam("page") @DefaultValue("0") int page,
                                    @QueryParam("size") @DefaultValue("50") int size) {
        return ListAnswer.page(rounds.rounds().stream().map(RoundsResource::of).toList(), page, size);
    }

    @GET
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/sheet")
    public Sheet sheet(@PathParam("round") long round, @PathParam("product") long product) {
        return of(round, product, scoring.sheet(round, product));
    }

    @POST
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/declaration")
    @Consumes(MediaType.APPLICATION_JSON)
    public Sheet declare(@PathParam("round") long round, @PathParam("product") long product, Declaration declaration) {
        Declaration body = declaration == null ? new Declaration() : declaration;
        return of(round, product, scoring.declare(round, product, body.conflict, body.note));
    }

    @PUT
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/sheet")
    @Consumes(MediaType.APPLICATION_JSON)
    public Saved save(@PathParam("round") long round, @PathParam("product") long product, Draft draft) {
        Map<Long, Long> choices = new HashMap<>();
        if (draft != null && draft.choices != null) {
            draft.choices.forEach((criterion, option) -> choices.put(JsonBodies.number(criterion, "choices"), option));
        }
        SavedSheet saved = scoring.save(round, product, draft == null ? 0 : draft.version, choices);
        return new Saved(saved.version(), saved.savedAt(), saved.totals().parts(), saved.totals().total(), saved.missing());
    }

    @POST
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/sheet/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public Sheet submit(@PathParam("round") long round, @PathParam("product") long product, Submission submission) {
        return of(round, product, scoring.submit(round, product, submission == null ? 0 : submission.version));
    }

    @GET
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/sheets")
    public ListAnswer<Submitted> sheets(@PathParam("round") long round, @PathParam("product") long product) {
        List<Submitted> sheets = scoring.sheets(round, product).stream().map(RoundsResource::of).toList();
        return new ListAnswer<>(sheets, sheets.size());
    }

    @POST
    @Path("{round:[0-9]+}/results/opening")
    public Round openResults(@PathParam("round") long round) {
        return of(scoring.openResults(round).round());
    }

    /** The results of the round's products, once the chair opened them. */
    @GET
    @Path("{round:[0-9]+}/results")
    public ListAnswer<Result> results(@PathParam("round") long round) {
        List<ResultView> views = results.results(round);
        GateRule rule = results.gateRule(round);
        List<Result> items = views.stream().map(view -> of(view, rule)).toList();
        return new ListAnswer<>(items, items.size());
    }

    @GET
    @Path("{round:[0-9]+}/quorum")
    public QuorumView quorum(@PathParam("round") long round) {
        return results.quorum(round);
    }

    /** The office records the council's conclusion for a product. */
    @PUT
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    public Result decide(@PathParam("round") long round, @PathParam("product") long product, Decision decision) {
        Decision body = decision == null ? new Decision() : decision;
        return of(results.decide(round, product, body.version, conclusion(body.conclusion), body.note), results.gateRule(round));
    }

    /** The chair asks a member to score a product again. */
    @POST
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/members/{member:[0-9]+}/rescore")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rescore(@PathParam("round") long round, @PathParam("product") long product,
                            @PathParam("member") long member, Rescore rescore) {
        results.requestRescore(round, product, member, rescore == null ? null : rescore.reason);
        return Response.noContent().build();
    }

    /** An officer keys a member's paper sheet; the second, agreeing entry writes the member's sheet. */
    @PUT
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/members/{member:[0-9]+}/paper")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaperState paper(@PathParam("round") long round, @PathParam("product") long product,
                            @PathParam("member") long member, Paper body) {
        Map<Long, Long> choices = new HashMap<>();
        if (body != null && body.choices != null) {
            body.choices.forEach((criterion, option) -> choices.put(JsonBodies.number(criterion, "choices"), option));
        }
        return paper.enter(round, product, member, choices);
    }

    /** The producer's self-assessment (SELF_ASSESSMENT) or the advisory group's pre-score (ADVISORY) of a product. */
    @GET
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/references/{kind}")
    public Reference reference(@PathParam("round") long round, @PathParam("product") long product, @PathParam("kind") String kind) {
        return of(references.sheet(round, product, kind(kind)));
    }

    @PUT
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/references/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Reference record(@PathParam("round") long round, @PathParam("product") long product, @PathParam("kind") String kind,
                            ReferenceBody body) {
        Map<Long, Long> choices = new HashMap<>();
        if (body != null && body.choices != null) {
            body.choices.forEach((criterion, option) -> choices.put(JsonBodies.number(criterion, "choices"), option));
        }
        return of(references.record(round, product, kind(kind), body == null ? 0 : body.version, choices));
    }

    private static ReferenceKind kind(String value) {
        try {
            return ReferenceKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.notFound");
        }
    }

    private static Reference of(ReferenceSheetView view) {
        Map<String, Long> choices = new LinkedHashMap<>();
        view.choices().forEach((criterion, option) -> choices.put(criterion.toString(), option));
        return new Reference(view.kind().name(), view.version(), choices, view.totals().total(), view.enteredBy());
    }

    private static Conclusion conclusion(String value) {
        try {
            return value == null ? null : Conclusion.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw BusinessException.onField("conclusion", "rating.result.conclusionUnknown");
        }
    }

    private static Result of(ResultView result, GateRule rule) {
        List<Gate> gates = !result.gatedBy().isEmpty() ? result.gatedBy().stream().map(Gate::of).toList()
                : result.gatedText() == null || result.gatedText().isEmpty() ? List.of() : List.of(Gate.printed(result.gatedText()));
        return new Result(result.product().productId(), result.product().product(), result.mean(), result.partA(),
                result.partB(), result.partC(), result.bandStars(), result.stars(), gates, result.sealed() ? null : rule.name(),
                result.conclusion() == null ? null : result.conclusion().name(), result.sealed());
    }

    @GET
    @Path("{round:[0-9]+}/minutes.pdf")
    @Produces(PDF)
    public Response minutes(@PathParam("round") long round) {
        return Downloads.inline("bien-ban-hop-hoi-dong-" + round + ".pdf", PDF, prints.minutesPdf(round));
    }

    @GET
    @Path("{round:[0-9]+}/products/{product:[0-9]+}/members/{member:[0-9]+}/sheet.pdf")
    @Produces(PDF)
    public Response memberSheet(@PathParam("round") long round, @PathParam("product") long product,
                                @PathParam("member") long member) {
        return Downloads.inline("phieu-danh-gia-" + round + "-" + product + "-" + member + ".pdf", PDF,
                prints.memberSheetPdf(round, product, member));
    }

    private static Round of(RoundView round) {
        return new Round(round.id(), round.level().name(), round.year(), round.status().name());
    }

    private static Sheet of(long round, long product, MemberSheetView view) {
        Map<String, Long> choices = new LinkedHashMap<>();
        view.choices().forEach((criterion, option) -> choices.put(criterion.toString(), option));
        List<Criterion> criteria = view.form().choices().criteria().stream()
                .map(c -> new Criterion(c.id(), c.part(), List.copyOf(c.options().keySet()))).toList();
        SheetChoices.Totals totals = view.totals();
        return new Sheet(round, product, view.state().name(), view.version(), view.savedAt(), view.submittedAt(), choices,
                totals.parts(), totals.total(), view.missing().size(), criteria, view.sheetsVisible());
    }

    private static Submitted of(SubmittedSheetView sheet) {
        return new Submitted(sheet.memberId(), sheet.username(), sheet.member(), sheet.role().name(), sheet.submittedAt(),
                sheet.totals().parts(), sheet.totals().total());
    }
}
