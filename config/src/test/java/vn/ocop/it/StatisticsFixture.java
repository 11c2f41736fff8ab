package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.registration.boundary.ProducerForm;
import vn.ocop.registration.boundary.ProducerView;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.registration.entity.ProducerType;

/**
 * The statistics test's set-up, a resource of the test WAR under {@code api/v1/it-statistics}, called by a signed-in
 * officer so that the boundary checks the role: a household business in xã Tân Hội with two products (product sets 1
 * and 7). Never part of the application.
 */
@Stateless
@Path("it-statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsFixture {

    public record Created(long producer, long first, long second) {
    }

    @EJB
    Producers producerRegistrations;

    @EJB
    Products productRegistrations;

    @POST
    @Path("producers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Created producer(@FormParam("tag") String tag) {
        ProducerForm form = new ProducerForm();
        form.setName("Hộ kinh doanh st-" + tag + " Tân Hội");
        form.setType(ProducerType.HOUSEHOLD_BUSINESS);
        form.setTaxCode("ST-" + tag);
        form.setCommuneId(TestRegistrations.TAN_HOI);
        form.setAddress("Thôn 2");
        form.setRepresentativeName("Trần Thị Hai");
        ProducerView producer = producerRegistrations.registerProducer(form);
        long first = productRegistrations.registerProduct(producer.id(), 1, "Rau st-" + tag + ", \"sạch\"").id();
        long second = productRegistrations.registerProduct(producer.id(), 7, "Bánh st-" + tag).id();
        return new Created(producer.id(), first, second);
    }
}
