package vn.ocop.registration.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.certification.boundary.EvaluationRow;
import vn.ocop.certification.boundary.ProductHistory;
import vn.ocop.registration.boundary.DossierView;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.entity.RegistrationType;
import java.util.List;
import vn.ocop.registration.boundary.PrescreenForm;
import vn.ocop.registration.boundary.PrescreenView;
import vn.ocop.registration.boundary.Prescreens;
import vn.ocop.registration.entity.ItemResult;
import vn.ocop.registration.entity.PrescreenOutcome;
import vn.ocop.shared.api.JsonBodies;
import java.util.HashMap;
import java.util.Map;
import vn.ocop.registration.boundary.ProductFilter;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.boundary.Products;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.api.ListAnswer;
import vn.ocop.shared.api.Paging;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.boundary.Sort;

/** {@code GET /ocop/api/v1/products}: products in the caller's scope, by {@code q} and {@code producer}. */
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductsResource {

    /** One product as the API contract names its fields. */
    public record Product(Long id, String name, Long producerId, String producer, ProductSet productSet, String step,
                          String registrationType) {
    }

    public record ProductSet(String criteriaSet, int number, String code, String name) {
    }

    /** {@code {"version": 7, "outcome": "RETURNED", "remarks": "…", "reasons": "…", "items": {"1": "NOT_MET", "2": "MET"}}} */
    public static class PrescreenBody {
        public Long version;
        public String outcome;
        public String remarks;
        public String reasons;
        public Map<String, String> items;
    }

    /** {@code {"version": 7, "type": "RE_EVALUATION", "note": "…"}}: type RE_EVALUATION or UPGRADE. */
    public static class ReRegistrationBody {
        public Long version;
        public String type;
        public String note;
    }

    @EJB
    Products productRegistrations;

    @EJB
    ProductHistory history;

    @EJB
    Prescreens prescreens;

    @EJB
    Dossiers dossiers;

    @GET
    public ListAnswer<Product> products(@QueryParam("q") String q, @QueryParam("producer") Long producer,
                                        @QueryParam("commune") Long commune, @QueryParam("step") CycleStep step,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        Page<ProductView> found = productRegistrations.products(new ProductFilter(q, producer, commune, step), new Sort("id", true),
                paging.offset(), paging.rows());
        return new ListAnswer<>(found.items().stream().map(ProductsResource::of).toList(), found.total());
    }

    /** The product registration form as a PDF (Vietnamese, A4). */
    @GET
    @Path("{id}/registration-form.pdf")
    @Produces("application/pdf")
    public Response registrationForm(@PathParam("id") long id) {
        return Downloads.inline("phieu-dang-ky-san-pham-" + id + ".pdf", "application/pdf", dossiers.registrationFormPdf(id));
    }

    /** The dossier checklist as a PDF. */
    @GET
    @Path("{id}/dossier-checklist.pdf")
    @Produces("application/pdf")
    public Response dossierChecklist(@PathParam("id") long id) {
        return Downloads.inline("danh-muc-ho-so-" + id + ".pdf", "application/pdf", dossiers.checklistPdf(id));
    }

    /** The commune's pre-screen of the product's dossier: whether required, the checklist, the pre-screens. */
    @GET
    @Path("{id}/prescreen")
    public PrescreenView prescreen(@PathParam("id") long id) {
        return prescreens.prescreen(id);
    }

    /** The product's latest pre-screen, printed (PDF) to be signed. */
    @GET
    @Path("{id}/prescreen.pdf")
    @Produces("application/pdf")
    public Response prescreenPdf(@PathParam("id") long id) {
        return Downloads.inline("so-loai-ho-so-" + id + ".pdf", "application/pdf", prescreens.pdf(id));
    }

    /** Records the commune's pre-screen (a commune officer): passed with remarks, or returned with reasons. */
    @POST
    @Path("{id}/prescreen")
    @Consumes(MediaType.APPLICATION_JSON)
    public PrescreenView recordPrescreen(@PathParam("id") long id, PrescreenBody body) {
        PrescreenBody given = JsonBodies.required(body);
        Map<Long, ItemResult> items = new HashMap<>();
        if (given.items != null) {
            given.items.forEach((item, result) -> items.put(JsonBodies.number(item, "items"),
                    JsonBodies.named(ItemResult.class, result, "items")));
        }
        return prescreens.record(id, given.version, new PrescreenForm(JsonBodies.named(PrescreenOutcome.class, given.outcome,
                "outcome"), given.remarks, given.reasons, items));
    }

    /**
     * Registers a recognised product again for a re-evaluation or an upgrade (the office, a commune officer): its next
     * dossier, started from the last one; answers the new dossier (what was carried over, what to supply again).
     */
    @POST
    @Path("{id}/re-registration")
    @Consumes(MediaType.APPLICATION_JSON)
    public DossierView reRegister(@PathParam("id") long id, ReRegistrationBody body) {
        ReRegistrationBody given = JsonBodies.required(body);
        return dossiers.reRegister(id, given.version, JsonBodies.named(RegistrationType.class, given.type, "type"), given.note);
    }

    /** The product's dossier as it stands (its checklist, documents, what was carried over from the last one). */
    @GET
    @Path("{id}/dossier")
    public DossierView dossier(@PathParam("id") long id) {
        return dossiers.dossier(id);
    }

    /** The product's evaluations: each registration, the rounds that evaluated it, the certificates it was given. */
    @GET
    @Path("{id}/history")
    public List<EvaluationRow> history(@PathParam("id") long id) {
        return history.of(id);
    }

    private static Product of(ProductView p) {
        return new Product(p.id(), p.name(), p.producerId(), p.producer(),
                new ProductSet(p.criteriaSet(), p.productSetNumber(), p.productSetCode(), p.productSet()), p.step().name(),
                p.registrationType() == null ? null : p.registrationType().name());
    }
}
