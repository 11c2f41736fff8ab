package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.ProductView;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.RegistrationType;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The pre-screen tests' set-up, as a resource of the test WAR under {@code api/v1/it-prescreen}, called by it-officer
 * so that the boundaries check the office's role: a new producer in a commune with a product whose dossier is
 * submitted today, and the submission again of a returned dossier. Never part of the application.
 */
@Path("it-prescreen")
@Produces(MediaType.APPLICATION_JSON)
public class PrescreenFixture {

    public record Created(long product, String name) {
    }

    @EJB
    Producers producers;

    @EJB
    Products productRegistrations;

    @EJB
    Dossiers dossiers;

    /** A producer of the commune (unit id) with a product whose dossier (form, self-assessment, 5 samples) is submitted. */
    @POST
    @Path("products")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Created submitted(@FormParam("commune") long commune) {
        String number = "IT-SL-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        ProducerForm form = new ProducerForm();
        form.setName("Tổ hợp tác ps-Sơ loại " + number);
        form.setType(ProducerType.COOPERATIVE_GROUP);
        form.setTaxCode(number);
        form.setCommuneId(commune);
        form.setAddress("Thôn 5");
        form.setRepresentativeName("Phạm Thị Thu");
        long producer = producers.registerProducer(form).id();
        String name = "Mứt ps-sen " + number;
        long id = productRegistrations.registerProduct(producer, RatingData.PROCESSED, name).id();
        RatingData.dossierBegun(productRegistrations, dossiers, id);
        RatingData.submitFirstTime(productRegistrations, id, null);
        return new Created(id, name);
    }

    /** Submits a returned dossier again. */
    @POST
    @Path("products/{id}/submission")
    public Created resubmitted(@PathParam("id") long id) {
        ProductView product = productRegistrations.productDetails(id).summary();
        productRegistrations.advance(id, product.version(), RegistrationType.FIRST_TIME, "Đã bổ sung theo yêu cầu của xã");
        return new Created(id, product.name());
    }
}
