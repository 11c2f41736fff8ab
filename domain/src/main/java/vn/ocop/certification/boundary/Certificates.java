package vn.ocop.certification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.ocop.certification.control.NoticeRule;
import vn.ocop.certification.control.NoticeState;
import vn.ocop.certification.control.Supersession;
import vn.ocop.certification.control.Validity;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.certification.entity.ExpiryNotice;
import vn.ocop.certification.entity.ReceivedDecision;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.VietnameseText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The register of OCOP certificates: its pages (in the caller's scope: a commune officer sees their commune's), each
 * certificate and its PDF as issued, the latest result of a product, and the decisions of higher levels recorded as
 * received. The expiry notices are {@link ExpiryNotices}'; the public verification is {@link Verification}'s.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN, Roles.COMMUNE})
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    Supersession supersession;

    @Inject
    IssuePrinting printing;

    private CertificateAccess access;

    @PostConstruct
    void prepare() {
        access = new CertificateAccess(em, acting);
    }

    /**
     * The OCOP result of each product asked for: its latest certificate (the one in force, or the last one it had) with
     * its state today; a product without a certificate is absent. For the product's and the producer's pages.
     */
    public Map<Long, CertificateView> latestOf(java.util.Collection<Long> productIds) {
        Map<Long, CertificateView> latest = new java.util.HashMap<>();
        if (productIds == null || productIds.isEmpty()) {
            return latest;
        }
        LocalDate today = acting.today();
        NoticeRule rule = NoticeRule.configured();
        for (Certificate c : em.createQuery("SELECT c FROM Certificate c WHERE c.productId IN :products"
                + " ORDER BY c.validFrom DESC, c.id DESC", Certificate.class).setParameter("products", productIds).getResultList()) {
            latest.putIfAbsent(c.getProductId(), CertificateView.of(c, today, null, rule));
        }
        return latest;
    }

    /** One page of the certificates in the caller's scope, the latest first. */
    public Page<CertificateView> list(CertificateFilter filter, int first, int size) {
        Caller caller = acting.caller();
        LocalDate today = acting.today();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Certificate> query = cb.createQuery(Certificate.class);
        Root<Certificate> c = query.from(Certificate.class);
        query.where(conditions(cb, query, c, filter, caller, today)).orderBy(cb.desc(c.get("validFrom")), cb.asc(c.get("number")));
        NoticeRule rule = NoticeRule.configured();
        if (filter.notice() == NoticeState.SENT || filter.notice() == NoticeState.SENT_LATE) {
            return sent(em.createQuery(query).getResultList(), filter.notice(), today, rule, first, size);
        }
        List<Certificate> found = em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, LocalDate> noticed = access.noticed(found);
        return new Page<>(found.stream().map(x -> CertificateView.of(x, today, noticed.get(x.getId()), rule)).toList(),
                Page.count(em, Certificate.class, (builder, counting, counted) -> conditions(builder, counting, counted, filter, caller, today)));
    }

    private static Predicate[] conditions(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Certificate> c, CertificateFilter filter,
                                          Caller caller,
                                          LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        String key = VietnameseText.searchKey(filter.text());
        if (!key.isEmpty()) {
            String like = "%" + key.replace("%", "").replace("_", "") + "%";
            Path<Product> product = c.get("product");
            where.add(cb.or(cb.like(cb.lower(c.get("number")), like), cb.like(product.get("nameKey"), like),
                    cb.like(product.get("producer").get("nameKey"), like)));
        }
        if (filter.communeId() != null) {
            where.add(cb.equal(c.get("communeId"), filter.communeId()));
        }
        if (caller.onlyUnits() != null) {
            where.add(c.get("communeId").in(caller.onlyUnits()));
        }
        if (filter.decisionId() != null) {
            where.add(cb.equal(c.get("decision").get("id"), filter.decisionId()));
        }
        if (filter.status() != null) {
            Path<LocalDate> until = c.get("validUntil");
            Predicate revoked = c.get("status").in(CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED);
            where.add(switch (filter.status()) {
                case REVOKED, SUPERSEDED -> cb.equal(c.get("status"), filter.status());
                case EXPIRED -> cb.and(cb.not(revoked), cb.lessThan(until, today));
                case EXPIRING -> cb.and(cb.not(revoked), cb.between(until, today, today.plusDays(Validity.EXPIRING_DAYS)));
                case VALID -> cb.and(cb.not(revoked), cb.greaterThan(until, today.plusDays(Validity.EXPIRING_DAYS)));
            });
        }
        if (filter.notice() != null) {
            where.add(notice(cb, query, c, filter.notice(), today));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Of the certificates with a notice, one page of those whose first notice was on time (SENT) or late (SENT_LATE,
     * {@link NoticeRule}): told apart by the first notice's day, so read whole (notices are few: one per certificate
     * near its end).
     */
    private Page<CertificateView> sent(List<Certificate> withNotice, NoticeState wanted, LocalDate today, NoticeRule rule,
                                       int first, int size) {
        Map<Long, LocalDate> noticed = access.noticed(withNotice);
        List<CertificateView> kept = withNotice.stream().map(x -> CertificateView.of(x, today, noticed.get(x.getId()), rule))
                .filter(v -> v.noticeState() == wanted).toList();
        return new Page<>(kept.subList(Math.min(first, kept.size()), Math.min(first + size, kept.size())), kept.size());
    }

    /**
     * The certificates whose notice is in a state on the day: DUE and OVERDUE (no notice yet, not revoked, within the
     * lead or past the last day on time, not expired), NOT_DUE, SENT (any notice), NONE (no notice and revoked or
     * expired); SENT and SENT_LATE both select the certificates with a notice, which {@link #sent} tells apart.
     */
    private static Predicate notice(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Certificate> c, NoticeState state,
                                    LocalDate today) {
        NoticeRule rule = NoticeRule.configured();
        Path<LocalDate> until = c.get("validUntil");
        var sub = query.subquery(Long.class);
        Root<ExpiryNotice> n = sub.from(ExpiryNotice.class);
        sub.select(n.get("id")).where(cb.equal(n.get("certificate"), c));
        Predicate none = cb.not(cb.exists(sub));
        Predicate current = cb.and(cb.not(c.get("status").in(CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED)),
                cb.greaterThanOrEqualTo(until, today));
        LocalDate onTime = today.plusDays(NoticeRule.LATEST_DAYS);
        return switch (state) {
            case DUE -> cb.and(none, current, cb.between(until, onTime, today.plusDays(rule.leadDays())));
            case OVERDUE -> cb.and(none, current, cb.lessThan(until, onTime));
            case NOT_DUE -> cb.and(none, current, cb.greaterThan(until, today.plusDays(rule.leadDays())));
            case SENT, SENT_LATE -> cb.not(none);
            case NONE -> cb.and(none, cb.not(current));
        };
    }

    /** A certificate's PDF, exactly as issued (printed now when asked for before the printing after its issue is done). */
    public IssuedPdf pdf(String number) {
        Certificate certificate = access.visible(number);
        if (certificate.awaitsPrint()) {
            printing.printCertificates(certificate.getDecision().getId());
            em.refresh(certificate);
        }
        return new IssuedPdf("giay-chung-nhan-" + certificate.getNumber() + ".pdf", certificate.getPdf().verifiedContent(),
                certificate.getPdf().getSha256());
    }

    public CertificateView certificate(String number) {
        Certificate certificate = access.visible(number);
        return CertificateView.of(certificate, acting.today(), access.noticed(List.of(certificate)).get(certificate.getId()), NoticeRule.configured());
    }

    // ---- decisions of higher levels ----

    /** Records a decision of the city (4★) or the central level (5★) about the district's products as received. */
    @RolesAllowed(Roles.OFFICER)
    public ReceivedView receive(ReceivedForm form) {
        if (form.getProducts() == null || form.getProducts().isEmpty()) {
            throw BusinessException.onField("products", "certification.received.noProducts");
        }
        ReceivedDecision decision = new ReceivedDecision(form.getNumber(), form.getSignedOn(), form.getBody(), form.getLevel(), acting.today(),
                acting.now(), acting.caller().username());
        if (!em.createNamedQuery(ReceivedDecision.BY_NUMBER, ReceivedDecision.class).setParameter("body", decision.getBody())
                .setParameter("number", decision.getNumber()).getResultList().isEmpty()) {
            throw BusinessException.onField("number", "certification.received.twice");
        }
        form.getProducts().forEach((productId, stars) -> {
            Product product = em.find(Product.class, productId);
            if (product == null) {
                throw BusinessException.onField("products", "error.notFound");
            }
            decision.add(product, stars == null ? 0 : stars);
        });
        em.persist(decision);
        em.flush();
        acting.audit("DECISION_RECEIVED", decision, null, null);
        supersession.byReceived(decision);
        return ReceivedView.of(decision);
    }

    /** Decisions received from a higher level; a commune officer sees only those naming their commune's products, and only those products. */
    public List<ReceivedView> received() {
        Caller caller = acting.caller();
        return em.createNamedQuery(ReceivedDecision.ALL, ReceivedDecision.class).getResultList().stream()
                .map(d -> ReceivedView.of(d, caller::reaches)).filter(v -> caller.onlyUnits() == null || !v.products().isEmpty())
                .toList();
    }
}
