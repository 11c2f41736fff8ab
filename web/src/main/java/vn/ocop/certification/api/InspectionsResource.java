package vn.ocop.certification.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.ocop.certification.boundary.InspectionFilter;
import vn.ocop.certification.boundary.InspectionForm;
import vn.ocop.certification.boundary.InspectionView;
import vn.ocop.certification.boundary.Inspections;
import vn.ocop.certification.entity.InspectionKind;
import vn.ocop.certification.entity.InspectionOutcome;
import vn.ocop.registration.boundary.FileContent;
import vn.ocop.registration.control.Uploads;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.api.JsonBodies;
import vn.ocop.shared.api.ListAnswer;
import vn.ocop.shared.api.Paging;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.control.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

/**
 * {@code /ocop/api/v1/inspections}: the register of inspections after recognition in the caller's scope (the office,
 * leaders and administrators all; a commune officer their communes'), one inspection, its signed minutes; the office
 * records an inspection (JSON) and attaches its minutes (the file's bytes: PDF, JPEG or PNG).
 */
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionsResource {

    /** An inspection to record: {"certificate", "kind", "inspectedOn", "body", "inspectors", "scope", "findings", "outcome", "remedyBy"}. */
    public static class Recorded {
        public String certificate;
        public String kind;
        public LocalDate inspectedOn;
        public String body;
        public String inspectors;
        public String scope;
        public String findings;
        public String outcome;
        public LocalDate remedyBy;
    }

    /** An inspection as the API contract names its fields. */
    public record Inspection(long id, String certificate, long productId, String product, String producer, Long communeId,
                             String kind, LocalDate inspectedOn, String body, String inspectors, String scope, String findings,
                             String outcome, LocalDate remedyBy, boolean minutes, String minutesSha256, String followUp,
                             boolean overdue, Long revocation) {

        static Inspection of(InspectionView i) {
            return new Inspection(i.id(), i.certificate(), i.productId(), i.product(), i.producer(), i.communeId(), i.kind().name(),
                    i.inspectedOn(), i.body(), i.inspectors(), i.scope(), i.findings(), i.outcome().name(), i.remedyBy(),
                    i.minutesSha256() != null, i.minutesSha256(), i.followUp().name(), i.overdue(), i.revocationId());
        }
    }

    @EJB
    Inspections inspections;

    @GET
    public ListAnswer<Inspection> list(@QueryParam("year") Integer year, @QueryParam("outcome") InspectionOutcome outcome,
                                       @QueryParam("commune") Long commune, @QueryParam("certificate") String certificate,
                                       @QueryParam("product") Long product, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                                       @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        if (year != null && (year < 2018 || year > 9999)) {
            throw BusinessException.onField("year", "certification.inspection.year");
        }
        Page<InspectionView> found = inspections.list(new InspectionFilter(year, outcome, commune, certificate, product, overdue),
                paging.offset(), paging.rows());
        return new ListAnswer<>(found.items().stream().map(Inspection::of).toList(), found.total());
    }

    @GET
    @Path("{id}")
    public Inspection inspection(@PathParam("id") long id) {
        return Inspection.of(inspections.inspection(id));
    }

    /** The office records an inspection of a certificate. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(Recorded body) {
        Recorded recorded = JsonBodies.required(body);
        InspectionForm form = new InspectionForm();
        form.setKind(JsonBodies.named(InspectionKind.class, recorded.kind, "kind"));
        form.setInspectedOn(recorded.inspectedOn);
        form.setBody(recorded.body);
        form.setInspectors(recorded.inspectors);
        form.setScope(recorded.scope);
        form.setFindings(recorded.findings);
        form.setOutcome(JsonBodies.named(InspectionOutcome.class, recorded.outcome, "outcome"));
        form.setRemedyBy(recorded.remedyBy);
        return Response.status(Response.Status.CREATED).entity(Inspection.of(inspections.record(recorded.certificate, form, null, null)))
                .build();
    }

    /** The signed minutes, byte for byte. */
    @GET
    @Path("{id}/minutes")
    @Produces(MediaType.WILDCARD)
    public Response minutes(@PathParam("id") long id) {
        FileContent file = inspections.minutes(id);
        return Downloads.inline(file.fileName(), file.mediaType(), file.bytes());
    }

    /** The office attaches the signed minutes: the file's bytes as the body, its name in {@code ?name=}. */
    @POST
    @Path("{id}/minutes")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public Inspection attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) {
        try (body) {
            return Inspection.of(inspections.attachMinutes(id, name, body.readNBytes((int) Uploads.MAX_BYTES + 1)));
        } catch (IOException e) {
            throw BusinessException.onField("file", "registration.upload.empty");
        }
    }
}
