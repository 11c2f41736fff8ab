package vn.ocop.certification.boundary;

import jakarta.annotation.security.PermitAll;
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
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.certification.control.NoticeRule;
import vn.ocop.certification.control.NoticeState;
import vn.ocop.certification.control.Numbers;
import vn.ocop.certification.control.Supersession;
import vn.ocop.certification.control.Validity;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.ReceivedProduct;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.certification.entity.ExpiryNotice;
import vn.ocop.shared.entity.IssuedFile;
import vn.ocop.certification.entity.NoticeSent;
import vn.ocop.certification.entity.ReceivedDecision;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.boundary.Users;
import vn.ocop.registration.entity.Product;
import vn.ocop.reports.Documents;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.boundary.ReadCache;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.VietnameseText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OCOP certificates: the register (in the caller's scope: a commune officer sees their commune's),
 * each certificate's PDF as issued, the certificates expiring within 30, 90 or 180 days by commune, the written
 * expiry notice to the producer (printed and recorded as sent), the daily marking of expiring and expired
 * certificates, decisions of higher levels recorded as received, and the public verification, which anyone may
 * call and which shows only the certificate, the product, its producer, the class and the validity.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN, Roles.COMMUNE})
public class Certificates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    @Inject
    AuditTrail audit;

    @Inject
    Supersession supersession;

    @Inject
    Clock clock;

    @Inject
    Documents documents;

    @Inject
    Prints prints;

    @Inject
    IssuePrinting printing;

    @Inject
    ReadCache reads;

    @Inject
    IssuingBodies bodies;

    /**
     * The public verification by number: the certificate's state today (from its dates; revoked wins), the product,
     * producer, class and validity; empty for a number that is not a certificate's (or not even shaped like one).
     * Kept a few seconds per number and day ({@link ReadCache}: a revocation or any change committed here drops it).
     */
    @PermitAll
    public Optional<VerifiedCertificate> verify(String number) {
        String canonical = Numbers.canonicalCertificate(number);
        if (canonical == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        return Optional.ofNullable(reads.get("verified", List.of(canonical, today), () -> em.createNamedQuery(Certificate.BY_NUMBER,
                Certificate.class).setParameter("number", canonical).getResultStream().findFirst().map(c -> verified(c, today))
                .orElse(null)));
    }

    private VerifiedCertificate verified(Certificate c, LocalDate today) {
        Decision revocation = c.getRevokedBy();
        return new VerifiedCertificate(c.getNumber(), c.statusOn(today), c.getProductName(), c.getProducerName(), c.getStars(),
                c.getValidFrom(), c.getValidUntil(), c.getDecision().getIssuer().shortName(),
                c.getDecision().getNumber(), c.getRevokedOn(), c.getDecision().getSignedOn(),
                revocation == null ? null : revocation.getNumber(), c.getSupersededByNumber(), c.getSupersededOn(),
                c.confersClass() ? null : em.find(IssuingBody.class, c.getDecision().getBodyCode()).getLevel().name(),
                c.confersClass() || c.getProductId() == null ? null : classFromAbove(c.getProductId(), c.getValidFrom()));
    }

    /** The latest class a higher level's decision recorded as received gave the product since that day, if any. */
    private VerifiedCertificate.ClassFromAbove classFromAbove(long productId, LocalDate since) {
        return em.createQuery("SELECT r FROM ReceivedProduct r WHERE r.product.id = :product AND r.decision.signedOn >= :since"
                        + " ORDER BY r.decision.signedOn DESC", ReceivedProduct.class).setParameter("product", productId)
                .setParameter("since", since).setMaxResults(1).getResultStream().findFirst()
                .map(r -> new VerifiedCertificate.ClassFromAbove(r.getStars(), r.getDecision().getNumber(), r.getDecision().getSignedOn(),
                        r.getDecision().getBody())).orElse(null);
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
        LocalDate today = today();
        NoticeRule rule = NoticeRule.configured();
        for (Certificate c : em.createQuery("SELECT c FROM Certificate c WHERE c.productId IN :products"
                + " ORDER BY c.validFrom DESC, c.id DESC", Certificate.class).setParameter("products", productIds).getResultList()) {
            latest.putIfAbsent(c.getProductId(), CertificateView.of(c, today, null, rule));
        }
        return latest;
    }

    /** One page of the certificates in the caller's scope, the latest first. */
    public Page<CertificateView> list(CertificateFilter filter, int first, int size) {
        Caller caller = users.me();
        LocalDate today = today();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Certificate> query = cb.createQuery(Certificate.class);
        Root<Certificate> c = query.from(Certificate.class);
        query.where(conditions(cb, query, c, filter, caller, today)).orderBy(cb.desc(c.get("validFrom")), cb.asc(c.get("number")));
        NoticeRule rule = NoticeRule.configured();
        if (filter.notice() == NoticeState.SENT || filter.notice() == NoticeState.SENT_LATE) {
            return sent(em.createQuery(query).getResultList(), filter.notice(), today, rule, first, size);
        }
        List<Certificate> found = em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, LocalDate> noticed = noticed(found);
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Certificate> counted = count.from(Certificate.class);
        count.select(cb.count(counted)).where(conditions(cb, count, counted, filter, caller, today));
        return new Page<>(found.stream().map(x -> CertificateView.of(x, today, noticed.get(x.getId()), rule)).toList(),
                em.createQuery(count).getSingleResult());
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
        Map<Long, LocalDate> noticed = noticed(withNotice);
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
        Certificate certificate = visible(number);
        if (certificate.awaitsPrint()) {
            printing.printCertificates(certificate.getDecision().getId());
            em.refresh(certificate);
        }
        return new IssuedPdf("giay-chung-nhan-" + certificate.getNumber() + ".pdf", certificate.getPdf().verifiedContent(),
                certificate.getPdf().getSha256());
    }

    public CertificateView certificate(String number) {
        Certificate certificate = visible(number);
        return CertificateView.of(certificate, today(), noticed(List.of(certificate)).get(certificate.getId()), NoticeRule.configured());
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
        Caller caller = users.me();
        LocalDate today = today();
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
        Map<Long, LocalDate> noticed = noticed(found);
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
        Certificate certificate = visible(number);
        LocalDate today = today();
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
        ExpiryNotice notice = new ExpiryNotice(certificate, sentOn, pdf, LocalDateTime.now(clock), users.me().username());
        em.persist(notice);
        em.flush();
        audit.change("EXPIRY_NOTICE_SENT", notice, null, null);
        return view(notice);
    }

    /** The notices sent about a certificate, the latest first. */
    public List<NoticeView> notices(String number) {
        Certificate certificate = visible(number);
        return em.createNamedQuery(ExpiryNotice.OF_CERTIFICATE, ExpiryNotice.class).setParameter("certificate", certificate.getId())
                .getResultList().stream().map(Certificates::view).toList();
    }

    /** A notice's PDF, as printed when it was recorded. */
    public IssuedPdf noticePdf(long noticeId) {
        ExpiryNotice notice = em.find(ExpiryNotice.class, noticeId);
        if (notice == null) {
            throw new BusinessException("error.notFound");
        }
        visible(notice.getCertificate().getNumber());
        return new IssuedPdf("thong-bao-het-han-" + notice.getCertificate().getNumber() + ".pdf", notice.getPdf().verifiedContent(),
                notice.getPdf().getSha256());
    }

    private static NoticeView view(ExpiryNotice n) {
        return new NoticeView(n.getId(), n.getCertificate().getNumber(), n.getSentOn(), n.getCreatedBy(), n.getCreatedAt(),
                n.getPdf().getSha256(), n.late(), NoticeRule.deadline(n.getCertificate().validity()));
    }

    /** Marks now what the daily timer marks: certificates expiring (30 days or less left) and expired. */
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public int[] markExpiry() {
        int[] marked = vn.ocop.certification.control.ExpiryTimer.mark(em, today());
        audit.event(users.me().username(), "CERTIFICATES_MARKED", "expiring=" + marked[0] + "; expired=" + marked[1], null);
        return marked;
    }

    // ---- decisions of higher levels ----

    /** Records a decision of the city (4★) or the central level (5★) about the district's products as received. */
    @RolesAllowed(Roles.OFFICER)
    public ReceivedView receive(ReceivedForm form) {
        if (form.getProducts() == null || form.getProducts().isEmpty()) {
            throw BusinessException.onField("products", "certification.received.noProducts");
        }
        ReceivedDecision decision = new ReceivedDecision(form.getNumber(), form.getSignedOn(), form.getBody(), form.getLevel(), today(),
                LocalDateTime.now(clock), users.me().username());
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
        audit.change("DECISION_RECEIVED", decision, null, null);
        supersession.byReceived(decision);
        return ReceivedView.of(decision);
    }

    /** Decisions received from a higher level; a commune officer sees only those naming their commune's products, and only those products. */
    public List<ReceivedView> received() {
        Caller caller = users.me();
        return em.createNamedQuery(ReceivedDecision.ALL, ReceivedDecision.class).getResultList().stream()
                .map(d -> ReceivedView.of(d, caller::reaches)).filter(v -> caller.onlyUnits() == null || !v.products().isEmpty())
                .toList();
    }

    private Certificate visible(String number) {
        Certificate certificate = em.createNamedQuery(Certificate.BY_NUMBER, Certificate.class)
                .setParameter("number", Numbers.canonicalCertificate(number)).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound"));
        if (!users.me().reaches(certificate.getCommuneId())) {
            throw new BusinessException("error.notFound");
        }
        return certificate;
    }

    /** Certificate id → the day its first notice was sent, for the certificates that have one. */
    private Map<Long, LocalDate> noticed(List<Certificate> certificates) {
        if (certificates.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> noticed = new HashMap<>();
        em.createNamedQuery(ExpiryNotice.SENT_FOR, NoticeSent.class)
                .setParameter("ids", certificates.stream().map(Certificate::getId).toList()).getResultList()
                .forEach(n -> noticed.merge(n.certificateId(), n.sentOn(), (a, b) -> a.isBefore(b) ? a : b));
        return noticed;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
