package vn.ocop.certification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.certification.control.NoticeRule;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.certification.entity.ExpiryNotice;
import vn.ocop.shared.entity.IssuedFile;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.reports.Documents;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expiry of OCOP certificates: the certificates expiring within 30, 90 or 180 days by commune (in the caller's
 * scope), the notices still due, the written expiry notice to the producer (printed and recorded as sent) and the
 * marking of expiring and expired certificates that the daily timer does.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN, Roles.COMMUNE})
public class ExpiryNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    Documents documents;

    @Inject
    Prints prints;

    @Inject
    IssuingBodies bodies;

    private CertificateAccess access;

    @PostConstruct
    void prepare() {
        access = new CertificateAccess(em, acting);
    }

    /**
     * The certificates not revoked whose validity ends within {@code days} from today (expired ones excluded), by
     * commune (in the caller's scope; one commune when asked), the soonest first.
     */
    public List<ExpiringView> expiring(int days, Long communeId) {
        if (days < 1 || days > 3660) {
            throw BusinessException.onField("days", "certification.expiring.days");
        }
        return byCommune(days, communeId, false);
    }

    /**
     * The notices still to send, by commune: the certificates not revoked nor expired, without a notice, whose
     * notice is due (within the lead, {@link NoticeRule}) or overdue, the soonest end first.
     */
    public List<ExpiringView> noticesDue(Long communeId) {
        return byCommune(NoticeRule.configured().leadDays(), communeId, true);
    }

    private List<ExpiringView> byCommune(int days, Long communeId, boolean withoutNotice) {
        Caller caller = acting.caller();
        LocalDate today = acting.today();
        NoticeRule rule = NoticeRule.configured();
        StringBuilder jpql = new StringBuilder("SELECT c FROM Certificate c WHERE c.status NOT IN :ended AND c.validUntil >= :today"
                + " AND c.validUntil <= :limit");
        if (withoutNotice) {
            jpql.append(" AND NOT EXISTS (SELECT n FROM ExpiryNotice n WHERE n.certificate = c)");
        }
        if (communeId != null) {
            jpql.append(" AND c.communeId = :commune");
        }
        if (caller.onlyUnits() != null) {
            jpql.append(" AND c.communeId IN :units");
        }
        var query = em.createQuery(jpql.append(" ORDER BY c.validUntil, c.number").toString(), Certificate.class)
                .setParameter("ended", List.of(CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED)).setParameter("today", today)
                .setParameter("limit", today.plusDays(days));
        if (communeId != null) {
            query.setParameter("commune", communeId);
        }
        if (caller.onlyUnits() != null) {
            query.setParameter("units", caller.onlyUnits());
        }
        List<Certificate> found = query.getResultList();
        Map<Long, LocalDate> noticed = access.noticed(found);
        Map<Long, List<CertificateView>> byCommune = new LinkedHashMap<>();
        found.forEach(c -> byCommune.computeIfAbsent(c.getCommuneId(), k -> new ArrayList<>())
                .add(CertificateView.of(c, today, noticed.get(c.getId()), rule)));
        List<ExpiringView> lists = new ArrayList<>();
        byCommune.forEach((id, certificates) -> {
            AdministrativeUnit unit = id == null ? null : em.find(AdministrativeUnit.class, id);
            lists.add(new ExpiringView(id, unit == null ? "" : unit.getName(), certificates));
        });
        lists.sort(java.util.Comparator.comparing(ExpiringView::commune));
        return lists;
    }

    /**
     * Prints the written notice to the producer that the certificate expires (148/QĐ-TTg: at least 30 days
     * before) and records it as sent on {@code sentOn}. A notice sent later than 30 days before the certificate's
     * last day is recorded all the same (the producer must still be told) and marked late.
     */
    @RolesAllowed(Roles.OFFICER)
    public NoticeView sendNotice(String number, LocalDate sentOn) {
        Certificate certificate = access.visible(number);
        LocalDate today = acting.today();
        if (sentOn == null) {
            throw BusinessException.onField("sentOn", "error.required");
        }
        if (sentOn.isAfter(today)) {
            throw BusinessException.onField("sentOn", "certification.date.future");
        }
        CertificateStatus status = certificate.statusOn(today);
        if (status == CertificateStatus.REVOKED || status == CertificateStatus.EXPIRED || status == CertificateStatus.SUPERSEDED) {
            throw new BusinessException("certification.notice.notCurrent", certificate.getNumber());
        }
        AdministrativeUnit commune = certificate.getCommuneId() == null ? null : em.find(AdministrativeUnit.class, certificate.getCommuneId());
        IssuedFile pdf = IssuedFile.pdf(documents.pdf(prints.expiryNotice(certificate,
                bodies.actingFor(certificate.getDecision().getBodyCode(), sentOn).lines(), commune == null ? null : commune.getName(), sentOn)));
        em.persist(pdf);
        ExpiryNotice notice = new ExpiryNotice(certificate, sentOn, pdf, acting.now(), acting.caller().username());
        em.persist(notice);
        em.flush();
        acting.audit("EXPIRY_NOTICE_SENT", notice, null, null);
        return view(notice);
    }

    /** The notices sent about a certificate, the latest first. */
    public List<NoticeView> notices(String number) {
        Certificate certificate = access.visible(number);
        return em.createNamedQuery(ExpiryNotice.OF_CERTIFICATE, ExpiryNotice.class).setParameter("certificate", certificate.getId())
                .getResultList().stream().map(ExpiryNotices::view).toList();
    }

    private static NoticeView view(ExpiryNotice n) {
        return new NoticeView(n.getId(), n.getCertificate().getNumber(), n.getSentOn(), n.getCreatedBy(), n.getCreatedAt(),
                n.getPdf().getSha256(), n.late(), NoticeRule.deadline(n.getCertificate().validity()));
    }

    /** Marks now what the daily timer marks: certificates expiring (30 days or less left) and expired. */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public int[] markExpiry() {
        int[] marked = vn.ocop.certification.control.ExpiryTimer.mark(em, acting.today());
        acting.event("CERTIFICATES_MARKED", "expiring=" + marked[0] + "; expired=" + marked[1]);
        return marked;
    }
}
