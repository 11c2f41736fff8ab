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
import vn.ocop.certification.control.NoticeState;
import vn.ocop.certification.boundary.CertificateFilter;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.Certificates;
import vn.ocop.certification.boundary.ExpiryNotices;
import vn.ocop.certification.boundary.NoticeView;
import vn.ocop.certification.boundary.ReceivedForm;
import vn.ocop.certification.boundary.ReceivedView;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.shared.api.JsonBodies;
import vn.ocop.shared.api.ListAnswer;
import vn.ocop.shared.api.Paging;
import vn.ocop.shared.boundary.Page;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code /ocop/api/v1/certificates}: the OCOP certificates in the caller's scope, a certificate's PDF as issued, the
 * certificates expiring within 30/90/180 days by commune, and the expiry notice recorded as sent (the office). Each
 * certificate carries its notice's state ({@code noticeState}: NOT_DUE, DUE, OVERDUE, SENT, SENT_LATE, NONE), the day
 * the notice falls due ({@code noticeDueFrom}, {@code ocop.notice.lead-days} before the last day, 60 by default), the
 * last day on which it is on time ({@code noticeDeadline}, 30 days before the last day) and the day the first notice
 * was sent; {@code ?notice=DUE} or {@code ?notice=OVERDUE} lists the notices still to send.
 */
@Path("certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    /**
     * A certificate as the API contract names its fields; {@code confersClass} false for a recognition at the issuing
     * body's own level, whose {@code stars} are its council's proposal, not a class.
     */
    public record Certificate(String number, long productId, String product, String producer, int stars, LocalDate validFrom,
                              LocalDate validUntil, String status, Long communeId, String decision, boolean noticeSent,
                              String noticeState, LocalDate noticeDueFrom, LocalDate noticeDeadline, LocalDate noticeSentOn,
                              boolean noticeLate, boolean confersClass) {

        static Certificate of(CertificateView c) {
            return new Certificate(c.number(), c.productId(), c.product(), c.producer(), c.stars(), c.validFrom(), c.validUntil(),
                    c.status().name(), c.communeId(), c.decisionNumber(), c.noticeSent(), c.noticeState().name(),
                    c.noticeDueFrom(), c.noticeDeadline(), c.noticeSentOn(), c.noticeState() == NoticeState.SENT_LATE,
                    c.confersClass());
        }
    }

    public record Commune(Long communeId, String commune, List<Certificate> certificates) {
    }

    public static class Notice {
        public LocalDate sentOn;
    }

    /** A decision of a higher level to record as received. */
    public static class Received {
        public String number;
        public LocalDate signedOn;
        public String body;
        public String level;
        public List<ReceivedProduct> products;
    }

    public static class ReceivedProduct {
        public long productId;
        public int stars;
    }

    @EJB
    Certificates certificates;

    @EJB
    ExpiryNotices expiry;

    @GET
    public ListAnswer<Certificate> certificates(@QueryParam("q") String q, @QueryParam("commune") Long commune,
                                                @QueryParam("status") CertificateStatus status, @QueryParam("decision") Long decision,
                                                @QueryParam("notice") NoticeState notice,
                                                @QueryParam("page") @DefaultValue("0") int page,
                                                @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        Page<CertificateView> found = certificates.list(new CertificateFilter(q, commune, status, decision, notice), paging.offset(),
                paging.rows());
        return new ListAnswer<>(found.items().stream().map(Certificate::of).toList(), found.total());
    }

    /** Certificates whose validity ends within {@code days} (30, 90, 180…), by commune. */
    @GET
    @Path("expiring")
    public ListAnswer<Commune> expiring(@QueryParam("days") @DefaultValue("30") int days, @QueryParam("commune") Long commune) {
        List<Commune> lists = expiry.expiring(days, commune).stream()
                .map(e -> new Commune(e.communeId(), e.commune(), e.certificates().stream().map(Certificate::of).toList())).toList();
        return new ListAnswer<>(lists, lists.stream().mapToLong(l -> l.certificates().size()).sum());
    }

    /** Decisions of the city (4★) or the central level (5★) recorded as received, the latest first. */
    @GET
    @Path("received")
    public ListAnswer<ReceivedView> received() {
        List<ReceivedView> received = certificates.received();
        return new ListAnswer<>(received, received.size());
    }

    /** The office records a higher level's decision: body {"number", "signedOn", "body", "level", "products": [{"productId", "stars"}]}. */
    @POST
    @Path("received")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReceivedView receive(Received body) {
        Received received = JsonBodies.required(body);
        ReceivedForm form = new ReceivedForm();
        form.setNumber(received.number);
        form.setSignedOn(received.signedOn);
        form.setBody(received.body);
        form.setLevel(JsonBodies.named(EvaluationLevel.class, received.level, "level"));
        if (received.products != null) {
            received.products.forEach(p -> form.getProducts().put(p.productId, p.stars));
        }
        return certificates.receive(form);
    }

    @GET
    @Path("{number}")
    public Certificate certificate(@PathParam("number") String number) {
        return Certificate.of(certificates.certificate(number));
    }

    /** The certificate's PDF as issued. */
    @GET
    @Path("{number}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("number") String number) {
        return DecisionsResource.pdf(certificates.pdf(number));
    }

    /** The office prints the expiry notice and records it as sent: body {"sentOn": "2026-11-28"}. */
    @POST
    @Path("{number}/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoticeView notice(@PathParam("number") String number, Notice notice) {
        return expiry.sendNotice(number, JsonBodies.required(notice).sentOn);
    }
}
