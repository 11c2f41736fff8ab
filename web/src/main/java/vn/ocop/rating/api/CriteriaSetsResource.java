package vn.ocop.rating.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.rating.boundary.CorrectionView;
import vn.ocop.rating.boundary.CriteriaCatalogue;
import vn.ocop.rating.boundary.CriteriaSetView;
import vn.ocop.rating.boundary.ProblemView;
import vn.ocop.rating.boundary.SheetSummary;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.api.ListAnswer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /ocop/api/v1/criteria-sets}: the criteria sets with the maxima of their parts and
 * their scoring sheets (product set, total of the best options, the problems of the transcription
 * with whether a correction resolves them, the corrections, whether the sheet can be used);
 * {@code GET /ocop/api/v1/criteria-sets/sheets/{id}/pdf}: the blank sheet to print.
 */
@Path("criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaSetsResource {

    /** One criteria set as the API contract names its fields. */
    public record CriteriaSet(Long id, String code, LocalDate effectiveFrom, Map<String, Integer> parts, List<Sheet> sheets) {
    }

    public record Sheet(Long id, ProductSet productSet, BigDecimal total, List<Problem> problems,
                        List<Correction> corrections, boolean usable) {
    }

    public record ProductSet(Long id, int number, String code, String name) {
    }

    public record Problem(String path, String kind, String expected, String found, boolean resolved) {
    }

    public record Correction(String path, String field, String oldValue, String newValue, String reason, String source) {
    }

    @EJB
    CriteriaCatalogue catalogue;

    @GET
    public ListAnswer<CriteriaSet> criteriaSets(@QueryParam("page") @DefaultValue("0") int page,
                                                @QueryParam("size") @DefaultValue("50") int size) {
        return ListAnswer.page(catalogue.criteriaSets().stream().map(CriteriaSetsResource::of).toList(), page, size);
    }

    /** The blank scoring sheet (A4 PDF, Vietnamese); 400 for a sheet that cannot be used for scoring. */
    @GET
    @Path("sheets/{id:[0-9]+}/pdf")
    @Produces("application/pdf")
    public Response blankSheet(@PathParam("id") long id) {
        return Downloads.inline("phieu-danh-gia-" + id + ".pdf", "application/pdf", catalogue.blankSheetPdf(id));
    }

    private static CriteriaSet of(CriteriaSetView set) {
        return new CriteriaSet(set.id(), set.code(), set.effectiveFrom(), set.parts(),
                set.sheets().stream().map(CriteriaSetsResource::of).toList());
    }

    private static Sheet of(SheetSummary s) {
        return new Sheet(s.id(), new ProductSet(s.productSetId(), s.productSetNumber(), s.productSetCode(), s.productSetName()),
                s.total(), s.problems().stream().map(CriteriaSetsResource::of).toList(),
                s.corrections().stream().map(CriteriaSetsResource::of).toList(), s.usable());
    }

    private static Problem of(ProblemView p) {
        return new Problem(p.path(), p.kind().name(), p.expected(), p.found(), p.resolved());
    }

    private static Correction of(CorrectionView c) {
        return new Correction(c.path(), c.field().name(), c.oldValue(), c.newValue(), c.reason(), c.source());
    }
}
