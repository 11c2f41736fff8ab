package vn.ocop.registration.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.ProductFilter;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.boundary.Registrations;
import vn.ocop.shared.api.Downloads;
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

    @EJB
    Registrations registrations;

    @EJB
    Dossiers dossiers;

    @GET
    public ListAnswer<Product> products(@QueryParam("q") String q, @QueryParam("producer") Long producer,
                                        @QueryParam("commune") Long commune, @QueryParam("step") CycleStep step,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        Page<ProductView> found = registrations.products(new ProductFilter(q, producer, commune, step), new Sort("id", true),
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

    private static Product of(ProductView p) {
        return new Product(p.id(), p.name(), p.producerId(), p.producer(),
                new ProductSet(p.criteriaSet(), p.productSetNumber(), p.productSetCode(), p.productSet()), p.step().name(),
                p.registrationType() == null ? null : p.registrationType().name());
    }
}
