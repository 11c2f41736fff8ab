package vn.ocop.certification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import vn.ocop.certification.control.Numbers;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.Inspection;
import vn.ocop.certification.entity.InspectionOutcome;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.registration.boundary.FileContent;
import vn.ocop.registration.control.Uploads;
import vn.ocop.registration.control.Uploads.Upload;
import vn.ocop.registration.entity.StoredFile;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The register of inspections of recognised products after their recognition: the office records them (with the
 * signed minutes), leaders and administrators read them all, a commune officer those of the communes they cover; the
 * public sees none. Lists page in the database; each row carries its follow-up today (remedied, overdue, revocation
 * drafted…).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN, Roles.COMMUNE})
public class Inspections {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    /**
     * Records an inspection of a certificate, with its minutes when given (PDF, JPEG or PNG by content, at most
     * {@value Uploads#MAX_MEGABYTES} MB, as every upload).
     */
    @RolesAllowed(Roles.OFFICER)
    public InspectionView record(String certificateNumber, InspectionForm form, String minutesName, byte[] minutes) {
        Certificate certificate = visibleCertificate(certificateNumber);
        Caller caller = acting.caller();
        Upload upload = minutes == null || minutes.length == 0 ? null : Uploads.check(minutesName, minutes);
        Inspection inspection = Inspection.record(certificate, (form == null ? new InspectionForm() : form).facts(), acting.today(),
                acting.now(), caller.username());
        if (upload != null) {
            StoredFile file = new StoredFile(upload.content(), null);
            em.persist(file);
            inspection.attachMinutes(upload, file);
        }
        em.persist(inspection);
        em.flush();
        acting.audit("INSPECTION_RECORDED", inspection, null, null);
        return view(inspection);
    }

    /** Attaches the signed minutes to an inspection recorded without them. */
    @RolesAllowed(Roles.OFFICER)
    public InspectionView attachMinutes(long id, String fileName, byte[] content) {
        Upload upload = Uploads.check(fileName, content);
        Inspection inspection = visible(id);
        StoredFile file = new StoredFile(upload.content(), null);
        inspection.attachMinutes(upload, file);
        em.persist(file);
        em.flush();
        acting.audit("INSPECTION_MINUTES_ATTACHED", inspection, null, null);
        return view(inspection);
    }

    public InspectionView inspection(long id) {
        return view(visible(id));
    }

    /** The signed minutes of an inspection, byte for byte. */
    public FileContent minutes(long id) {
        Inspection inspection = visible(id);
        if (inspection.getFile() == null || inspection.getMinutes() == null) {
            throw Records.notFound();
        }
        return new FileContent(inspection.getMinutes().getFileName(), inspection.getMinutes().getMediaType(),
                inspection.getFile().getContent());
    }

    /** The certificate an inspection is to be recorded for, as the form shows it. */
    public CertificateView certificate(String number) {
        Certificate c = visibleCertificate(number);
        return new CertificateView(c.getId(), c.getNumber(), c.getProductId(), c.getSnapshot().getProductName(),
                c.getSnapshot().getProducerName(), c.getSnapshot().getAddress(), c.getCommuneId(), c.getStars(), c.getValidFrom(),
                c.getValidUntil(), c.statusOn(acting.today()), c.getDecision().getId(),
                c.getDecision().getNumber(), false, null, null, null, null, c.confersClass());
    }

    /** One page of the register in the caller's scope, the latest first. */
    public Page<InspectionView> list(InspectionFilter filter, int first, int size) {
        Caller caller = acting.caller();
        LocalDate today = acting.today();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Inspection> query = cb.createQuery(Inspection.class);
        Root<Inspection> i = query.from(Inspection.class);
        query.where(conditions(cb, query, i, filter, caller, today)).orderBy(cb.desc(i.get("inspectedOn")), cb.desc(i.get("id")));
        List<Inspection> found = em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
        return new Page<>(views(found, today),
                Page.count(em, Inspection.class, (builder, counting, counted) -> conditions(builder, counting, counted, filter, caller, today)));
    }

    /** A product's inspections, the latest first (for the product's page). */
    public List<InspectionView> ofProduct(long productId) {
        Caller caller = acting.caller();
        List<Inspection> found = em.createNamedQuery(Inspection.OF_PRODUCT, Inspection.class).setParameter("product", productId)
                .getResultList().stream().filter(i -> caller.reaches(i.getCommuneId())).toList();
        return views(found, acting.today());
    }

    /** How many inspections of the period, by outcome, in the caller's scope (for the statistics). */
    public Map<InspectionOutcome, Long> countByOutcome(LocalDate from, LocalDate to) {
        Caller caller = acting.caller();
        StringBuilder jpql = new StringBuilder("SELECT i.outcome, COUNT(i) FROM Inspection i WHERE i.inspectedOn BETWEEN :from AND :to");
        if (caller.onlyUnits() != null) {
            jpql.append(" AND i.communeId IN :units");
        }
        var query = em.createQuery(jpql.append(" GROUP BY i.outcome").toString(), Object[].class)
                .setParameter("from", from).setParameter("to", to);
        if (caller.onlyUnits() != null) {
            query.setParameter("units", caller.onlyUnits());
        }
        Map<InspectionOutcome, Long> counts = new EnumMap<>(InspectionOutcome.class);
        for (InspectionOutcome o : InspectionOutcome.values()) {
            counts.put(o, 0L);
        }
        query.getResultList().forEach(row -> counts.put((InspectionOutcome) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** How many inspections in the caller's scope are overdue today (for the office's home). */
    public long overdueCount() {
        return list(new InspectionFilter(null, null, null, null, null, true), 0, 1).total();
    }

    /** The years that have inspections, latest first (this year when there are none). */
    public List<Integer> years() {
        Object[] range = em.createNamedQuery(Inspection.DAY_RANGE, Object[].class).getSingleResult();
        int now = acting.today().getYear();
        int from = range[0] == null ? now : ((LocalDate) range[0]).getYear();
        int to = range[1] == null ? now : Math.max(now, ((LocalDate) range[1]).getYear());
        return IntStream.rangeClosed(from, to).map(y -> to - (y - from)).boxed().toList();
    }

    private Predicate[] conditions(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Inspection> i, InspectionFilter filter,
                                   Caller caller, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        if (filter.year() != null) {
            where.add(cb.between(i.get("inspectedOn"), LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
        }
        if (filter.outcome() != null) {
            where.add(cb.equal(i.get("outcome"), filter.outcome()));
        }
        if (filter.communeId() != null) {
            where.add(cb.equal(i.get("communeId"), filter.communeId()));
        }
        if (caller.onlyUnits() != null) {
            where.add(i.get("communeId").in(caller.onlyUnits()));
        }
        if (filter.certificate() != null && !filter.certificate().isBlank()) {
            String number = Numbers.canonicalCertificate(filter.certificate());
            where.add(number == null ? cb.disjunction() : cb.equal(i.get("certificate").get("number"), number));
        }
        if (filter.productId() != null) {
            where.add(cb.equal(i.get("productId"), filter.productId()));
        }
        if (filter.overdueOnly()) {
            Subquery<Long> later = query.subquery(Long.class);
            Root<Inspection> l = later.from(Inspection.class);
            later.select(l.get("id")).where(cb.equal(l.get("certificate"), i.get("certificate")),
                    cb.equal(l.get("outcome"), InspectionOutcome.COMPLIANT), cb.greaterThan(l.get("inspectedOn"), i.get("inspectedOn")));
            where.add(cb.equal(i.get("outcome"), InspectionOutcome.TO_REMEDY));
            where.add(cb.lessThan(i.get("remedyBy"), today));
            where.add(cb.notEqual(i.get("certificate").get("status"), CertificateStatus.REVOKED));
            where.add(cb.not(cb.exists(later)));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The views of inspections, their follow-up from the other inspections of their certificates and the revocations citing them. */
    private List<InspectionView> views(List<Inspection> found, LocalDate today) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> certificates = found.stream().map(i -> i.getCertificate().getId()).collect(Collectors.toSet());
        Map<Long, List<Inspection>> byCertificate = em.createNamedQuery(Inspection.OF_CERTIFICATES, Inspection.class)
                .setParameter("certificates", certificates).getResultList().stream()
                .collect(Collectors.groupingBy(i -> i.getCertificate().getId()));
        Map<Long, Long> revocations = em.createQuery("SELECT d FROM Decision d WHERE d.inspectionId IN :ids", Decision.class)
                .setParameter("ids", found.stream().map(Inspection::getId).toList()).getResultList().stream()
                .collect(Collectors.toMap(Decision::getInspectionId, Decision::getId, Math::max));
        return found.stream().map(i -> InspectionView.of(i, i.followUp(byCertificate.getOrDefault(i.getCertificate().getId(), List.of()),
                revocations.containsKey(i.getId()), i.getCertificate().getStatus() == CertificateStatus.REVOKED, today),
                revocations.get(i.getId()))).toList();
    }

    private InspectionView view(Inspection inspection) {
        return views(List.of(inspection), acting.today()).get(0);
    }

    private Inspection visible(long id) {
        Inspection inspection = em.find(Inspection.class, id);
        if (inspection == null || !acting.caller().reaches(inspection.getCommuneId())) {
            throw Records.notFound();
        }
        return inspection;
    }

    private Certificate visibleCertificate(String number) {
        if (number == null || number.isBlank()) {
            throw BusinessException.onField("certificate", "error.required");
        }
        String canonical = Numbers.canonicalCertificate(number);
        Certificate certificate = canonical == null ? null : em.createNamedQuery(Certificate.BY_NUMBER, Certificate.class)
                .setParameter("number", canonical).getResultStream().findFirst().orElse(null);
        if (certificate == null || !acting.caller().reaches(certificate.getCommuneId())) {
            throw BusinessException.onField("certificate", "error.notFound");
        }
        return certificate;
    }
}
