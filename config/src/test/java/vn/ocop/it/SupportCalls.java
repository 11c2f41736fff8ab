package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.registration.boundary.SupportDocumentView;
import vn.ocop.registration.boundary.SupportFilter;
import vn.ocop.registration.boundary.SupportForm;
import vn.ocop.registration.boundary.SupportTotal;
import vn.ocop.registration.boundary.SupportView;
import vn.ocop.registration.boundary.Supports;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.shared.boundary.Page;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * The Supports boundary over HTTP, for {@link SupportIT} only (added to the test deployment, never
 * shipped): the test signs in as a real user through the login page, so the boundary sees that
 * user, their role and their commune, exactly as the supports page does.
 */
@Path("it/supports")
@Produces(MediaType.APPLICATION_JSON)
public class SupportCalls {

    @EJB
    Supports supports;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public SupportView record(@FormParam("producer") Long producer, @FormParam("product") Long product,
                              @FormParam("type") Long type, @FormParam("grantedOn") String grantedOn,
                              @FormParam("amount") Long amount, @FormParam("source") FundingSource source,
                              @FormParam("reference") String reference) {
        return supports.record(form(producer, product, type, grantedOn, amount, source, reference));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public SupportView update(@PathParam("id") long id, @QueryParam("version") long version,
                              @FormParam("producer") Long producer, @FormParam("product") Long product,
                              @FormParam("type") Long type, @FormParam("grantedOn") String grantedOn,
                              @FormParam("amount") Long amount, @FormParam("source") FundingSource source,
                              @FormParam("reference") String reference) {
        return supports.update(id, version, form(producer, product, type, grantedOn, amount, source, reference));
    }

    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public SupportDocumentView attach(@PathParam("id") long id, @FormParam("fileName") String fileName,
                                      @FormParam("content") String base64) {
        return supports.attach(id, fileName, Base64.getDecoder().decode(base64));
    }

    @GET
    @Path("documents/{id}")
    @Produces(MediaType.WILDCARD)
    public byte[] document(@PathParam("id") long id) {
        return supports.document(id).bytes();
    }

    @GET
    public Page<SupportView> list(@QueryParam("q") String text, @QueryParam("year") Integer year,
                                  @QueryParam("commune") Long commune) {
        return supports.list(new SupportFilter(year, commune, null, text), 0, 500);
    }

    @GET
    @Path("producer/{id}")
    public List<SupportView> ofProducer(@PathParam("id") long producer) {
        return supports.ofProducer(producer);
    }

    @GET
    @Path("totals")
    public List<SupportTotal> totals(@QueryParam("year") Integer year, @QueryParam("commune") Long commune) {
        return supports.totals(year, commune);
    }

    private static SupportForm form(Long producer, Long product, Long type, String grantedOn, Long amount,
                                    FundingSource source, String reference) {
        SupportForm form = new SupportForm();
        form.setProducerId(producer);
        form.setProductId(product);
        form.setTypeId(type);
        form.setGrantedOn(grantedOn == null ? null : LocalDate.parse(grantedOn));
        form.setAmountVnd(amount);
        form.setFundingSource(source);
        form.setReferenceNumber(reference);
        return form;
    }
}
