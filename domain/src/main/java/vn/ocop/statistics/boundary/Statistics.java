package vn.ocop.statistics.boundary;

import vn.ocop.certification.boundary.Inspections;
import vn.ocop.certification.control.StarClass;
import vn.ocop.certification.entity.InspectionOutcome;

import vn.ocop.geography.boundary.IssuingBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.ocop.certification.control.Validity;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.registration.entity.ProducerStatus;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.reports.Documents;
import vn.ocop.reports.StatisticsDocument;
import vn.ocop.shared.control.Roles;
import vn.ocop.statistics.control.Period;
import vn.ocop.training.boundary.TrainingCoverage;
import vn.ocop.training.control.CoverageRules;
import vn.ocop.training.entity.Audience;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The statistics of the programme for the People's Committee (see the package description for the definitions): the
 * figures of a year or a period, as a view, a PDF report and an Excel workbook, and the flat export of the products
 * and certificates. Every figure is counted by the database (GROUP BY); a commune officer gets their own commune.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN, Roles.COMMUNE})
public class Statistics {

    /** The product was registered by the period's end: its first move in the cycle happened before {@code :after}. */
    private static final String REGISTERED = "EXISTS (SELECT t.id FROM ProductTransition t WHERE t.product = p AND t.occurredAt < :after)";
    private static final String ACTIVE_PRODUCER = "pr.status = :active AND (pr.registeredOn IS NULL OR pr.registeredOn <= :day)";
    private static final String WITH_PRODUCT = " AND EXISTS (SELECT t.id FROM ProductTransition t WHERE t.product.producer = pr"
            + " AND t.occurredAt < :after)";
    private static final String NOT_REVOKED = "(c.revokedOn IS NULL OR c.revokedOn > :day)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Inspections inspections;

    @Inject
    IssuingBodies bodies;

    @Inject
    Acting acting;

    @Inject
    Documents documents;

    @Inject
    TrainingCoverage coverage;

    /** The period of a request's parameters ({@code year}, or {@code from} and {@code to}); neither: this year. */
    public Period period(String year, String from, String to) {
        return Period.parse(year, from, to, acting.today());
    }

    /** The years that can be asked for, the latest first. */
    public List<Integer> years() {
        int now = acting.today().getYear();
        return IntStream.rangeClosed(Period.FIRST_YEAR, now).map(y -> now - y + Period.FIRST_YEAR).boxed().toList();
    }

    /** The figures of the period, in the caller's scope. */
    public StatisticsView of(Period period) {
        Set<Long> unit = acting.caller().onlyUnits();
        Map<Long, Long> communeOf = new HashMap<>();
        Map<Long, Integer> rated = rated(period, unit, communeOf);
        return new StatisticsView(period, productsByGroup(period, unit), productsByCommune(period, unit, rated, communeOf),
                productsByStars(period, unit, rated), producersByType(period, unit), certificates(period, unit), training(period, unit));
    }

    /** The report of the period for the People's Committee (PDF). */
    public byte[] pdf(Period period) {
        IssuingBody body = bodies.deployedBody();
        StatisticsDocument document = StatisticsLabels.document(of(period), acting.today(), body);
        // Signed as the body's latest issued decision was: the same signing mode and signer.
        List<vn.ocop.certification.entity.Decision> latest = em.createQuery("SELECT d FROM Decision d WHERE d.bodyCode = :body"
                        + " AND d.status = vn.ocop.certification.entity.DecisionStatus.ISSUED AND d.wording.signerName IS NOT NULL"
                        + " ORDER BY d.signedOn DESC, d.id DESC", vn.ocop.certification.entity.Decision.class)
                .setParameter("body", body.getCode()).setMaxResults(1).getResultList();
        if (!latest.isEmpty()) {
            vn.ocop.certification.entity.Decision d = latest.get(0);
            document = new StatisticsDocument(document.issuingBodyLine1(), document.issuingBodyLine2(), document.place(),
                    document.date(), document.year(), document.from(), document.to(), document.productsByGroup(),
                    document.productsByCommune(), document.productsByStars(), document.producersByType(), document.certificates(),
                    document.training(), document.numberLine(), d.text().signingMode().lines(), d.text().signerName());
        }
        return documents.pdf(document);
    }

    /** The figures of the period as an Excel workbook, one sheet per section. */
    public byte[] workbook(Period period) {
        return StatisticsWorkbook.write(of(period));
    }

    // ---- products ----

    private List<StatisticsView.GroupCount> productsByGroup(Period period, Set<Long> unit) {
        return query("SELECT s.groupName, COUNT(p) FROM Product p JOIN p.productSet s JOIN p.producer pr WHERE " + REGISTERED
                + scope("pr.commune.id", unit) + " GROUP BY s.groupName ORDER BY s.groupName", period, unit).getResultList()
                .stream().map(r -> new StatisticsView.GroupCount((String) r[0], (Long) r[1])).toList();
    }

    private List<StatisticsView.CommuneCount> productsByCommune(Period period, Set<Long> unit, Map<Long, Integer> stars,
                                                                Map<Long, Long> communeOf) {
        List<Object[]> communes = query("SELECT u.id, u.code, u.name, COUNT(p) FROM Product p JOIN p.producer pr JOIN pr.commune u"
                + " WHERE " + REGISTERED + scope("u.id", unit) + " GROUP BY u.id, u.code, u.name ORDER BY u.code", period, unit)
                .getResultList();
        Map<Long, Map<Integer, Long>> rated = new HashMap<>();
        stars.forEach((product, s) -> rated.computeIfAbsent(communeOf.get(product), k -> new TreeMap<>()).merge(s, 1L, Long::sum));
        List<StatisticsView.CommuneCount> counts = new ArrayList<>();
        for (Object[] c : communes) {
            Map<Integer, Long> byStars = new TreeMap<>(Comparator.reverseOrder());
            StatisticsView.CLASSES.forEach(s -> byStars.put(s, 0L));
            byStars.putAll(rated.getOrDefault((Long) c[0], Map.of()));
            long total = (Long) c[3];
            byStars.put(StarClass.UNRATED, total - byStars.values().stream().mapToLong(Long::longValue).sum());
            counts.add(new StatisticsView.CommuneCount((Long) c[0], (String) c[1], (String) c[2], total, byStars));
        }
        return counts;
    }

    private Map<Integer, Long> productsByStars(Period period, Set<Long> unit, Map<Long, Integer> rated) {
        long total = single("SELECT COUNT(p) FROM Product p JOIN p.producer pr WHERE " + REGISTERED + scope("pr.commune.id", unit),
                period, unit);
        Map<Integer, Long> byStars = new TreeMap<>(Comparator.reverseOrder());
        StatisticsView.CLASSES.forEach(s -> byStars.put(s, 0L));
        rated.values().forEach(s -> byStars.merge(s, 1L, Long::sum));
        byStars.put(StarClass.UNRATED, total - byStars.values().stream().mapToLong(Long::longValue).sum());
        return byStars;
    }

    /**
     * The class on the period's last day of each product registered by then that has one (product id to stars): its
     * latest recognition by then, when it still holds ({@link StarClass#on}); {@code communeOf} receives each rated
     * product's commune.
     */
    private Map<Long, Integer> rated(Period period, Set<Long> unit, Map<Long, Long> communeOf) {
        String where = " JOIN p.producer pr JOIN pr.commune u WHERE " + REGISTERED + scope("u.id", unit);
        Map<Long, List<StarClass.Recognition>> recognitions = new HashMap<>();
        Map<Long, Long> communes = new HashMap<>();
        query("SELECT p.id, u.id, c.number, c.conferredStars, c.validFrom, c.validUntil, c.revokedOn FROM Certificate c JOIN c.product p"
                + where + " AND c.conferredStars IS NOT NULL AND c.validFrom <= :day", period, unit).getResultList()
                .forEach(r -> add(recognitions, communes, r, StarClass.Recognition.certificate((String) r[2], ((Number) r[3]).intValue(),
                        (LocalDate) r[4], (LocalDate) r[5], (LocalDate) r[6])));
        query("SELECT p.id, u.id, r.stars, d.signedOn, r.validUntil FROM ReceivedProduct r JOIN r.decision d JOIN r.product p"
                + where + " AND d.signedOn <= :day", period, unit).getResultList()
                .forEach(r -> add(recognitions, communes, r, StarClass.Recognition.received(((Number) r[2]).intValue(),
                        (LocalDate) r[3], (LocalDate) r[4])));
        Map<Long, Integer> stars = new HashMap<>();
        recognitions.forEach((id, list) -> StarClass.on(period.on(), list).ifPresent(best -> {
            stars.put(id, best.stars());
            communeOf.put(id, communes.get(id));
        }));
        return stars;
    }

    private static void add(Map<Long, List<StarClass.Recognition>> recognitions, Map<Long, Long> communes, Object[] row,
                            StarClass.Recognition recognition) {
        recognitions.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(recognition);
        communes.put((Long) row[0], (Long) row[1]);
    }

    // ---- producers ----

    private List<StatisticsView.TypeCount> producersByType(Period period, Set<Long> unit) {
        Map<ProducerType, Long> active = typesOnDay(period, unit, "");
        Map<ProducerType, Long> withProduct = typesOnDay(period, unit, WITH_PRODUCT);
        List<StatisticsView.TypeCount> counts = new ArrayList<>();
        for (ProducerType type : ProducerType.values()) {
            counts.add(new StatisticsView.TypeCount(type, active.getOrDefault(type, 0L), withProduct.getOrDefault(type, 0L)));
        }
        return counts;
    }

    /**
     * The active producers by their legal form on the period's last day: today's form for those without a later
     * change, the former form of the first change after that day for the others.
     */
    private Map<ProducerType, Long> typesOnDay(Period period, Set<Long> unit, String condition) {
        Map<ProducerType, Long> counts = new EnumMap<>(ProducerType.class);
        String where = " WHERE " + ACTIVE_PRODUCER + scope("pr.commune.id", unit) + condition;
        query("SELECT pr.type, COUNT(pr) FROM Producer pr" + where + " AND NOT EXISTS (SELECT l.id FROM LegalFormChange l"
                + " WHERE l.producer = pr AND l.changedOn > :day) GROUP BY pr.type", period, unit).getResultList()
                .forEach(r -> counts.merge((ProducerType) r[0], (Long) r[1], Long::sum));
        query("SELECT l.formerType, COUNT(pr) FROM LegalFormChange l JOIN l.producer pr" + where + " AND l.changedOn > :day"
                + " AND l.changedOn = (SELECT MIN(l2.changedOn) FROM LegalFormChange l2 WHERE l2.producer = pr AND l2.changedOn > :day)"
                + " GROUP BY l.formerType", period, unit).getResultList()
                .forEach(r -> counts.merge((ProducerType) r[0], (Long) r[1], Long::sum));
        return counts;
    }

    // ---- certificates ----

    private StatisticsView.CertificateCounts certificates(Period period, Set<Long> unit) {
        String scope = scope("c.communeId", unit);
        long issued = single("SELECT COUNT(c) FROM Certificate c JOIN c.decision d WHERE d.signedOn >= :from AND d.signedOn <= :day"
                + scope, period, unit);
        long revoked = single("SELECT COUNT(c) FROM Certificate c JOIN c.decision d WHERE d.signedOn <= :day"
                + " AND c.revokedOn IS NOT NULL AND c.revokedOn <= :day" + scope, period, unit);
        Map<CertificateStatus, Long> states = new EnumMap<>(CertificateStatus.class);
        long superseded = single("SELECT COUNT(c) FROM Certificate c JOIN c.decision d WHERE d.signedOn <= :day AND " + NOT_REVOKED
                + " AND c.supersededOn IS NOT NULL AND c.supersededOn <= :day" + scope, period, unit);
        query("SELECT c.validFrom, c.validUntil, COUNT(c) FROM Certificate c JOIN c.decision d WHERE d.signedOn <= :day AND "
                + NOT_REVOKED + " AND (c.supersededOn IS NULL OR c.supersededOn > :day)" + scope
                + " GROUP BY c.validFrom, c.validUntil", period, unit).getResultList()
                .forEach(r -> states.merge(new Validity((LocalDate) r[0], (LocalDate) r[1]).on(period.on(), false), (Long) r[2],
                        Long::sum));
        Map<InspectionOutcome, Long> inspected = inspections.countByOutcome(period.from(), period.to());
        return new StatisticsView.CertificateCounts(issued, states.getOrDefault(CertificateStatus.VALID, 0L),
                states.getOrDefault(CertificateStatus.EXPIRING, 0L), states.getOrDefault(CertificateStatus.EXPIRED, 0L), revoked,
                superseded, new StatisticsView.Inspected(inspected.getOrDefault(InspectionOutcome.COMPLIANT, 0L),
                        inspected.getOrDefault(InspectionOutcome.TO_REMEDY, 0L),
                        inspected.getOrDefault(InspectionOutcome.PROPOSE_REVOCATION, 0L)));
    }

    // ---- training ----

    private List<StatisticsView.TrainingCount> training(Period period, Set<Long> unit) {
        String held = " c.endDate >= :from AND c.endDate <= :day";
        List<Object[]> courses = unit == null
                ? query("SELECT c.audience, COUNT(c) FROM Course c WHERE" + held + " GROUP BY c.audience", period, null).getResultList()
                : query("SELECT c.audience, COUNT(DISTINCT c.id) FROM Enrolment e JOIN e.course c WHERE" + held
                        + scope("e.unit.id", unit) + " GROUP BY c.audience", period, unit).getResultList();
        List<Object[]> completed = query("SELECT c.audience, COUNT(e) FROM Enrolment e JOIN e.course c WHERE e.completed = TRUE AND"
                + held + scope("e.unit.id", unit) + " GROUP BY c.audience", period, unit).getResultList();
        Map<Audience, Long> courseCounts = counts(courses);
        Map<Audience, Long> completions = counts(completed);
        Map<Audience, CoverageRules.Line> totals = new LinkedHashMap<>();
        coverage.totals(period.to().getYear()).forEach(line -> totals.put(line.audience(), line));
        List<StatisticsView.TrainingCount> rows = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            CoverageRules.Line line = totals.get(audience);
            rows.add(new StatisticsView.TrainingCount(audience, courseCounts.getOrDefault(audience, 0L),
                    completions.getOrDefault(audience, 0L), line == null ? 0 : line.required(), line == null ? 0 : line.trained(),
                    line == null ? BigDecimal.ZERO : line.percent()));
        }
        return rows;
    }

    private static Map<Audience, Long> counts(List<Object[]> rows) {
        Map<Audience, Long> counts = new EnumMap<>(Audience.class);
        rows.forEach(r -> counts.put((Audience) r[0], (Long) r[1]));
        return counts;
    }

    // ---- the flat export ----

    /** Every product in the caller's scope with its producer, commune and class today, in the order of their ids. */
    public List<ExportedProduct> products() {
        Set<Long> unit = acting.caller().onlyUnits();
        LocalDate today = acting.today();
        Map<Long, List<StarClass.Recognition>> recognitions = new HashMap<>();
        em.createQuery("SELECT c.productId, c.number, c.stars, c.validFrom, c.validUntil, c.revokedOn FROM Certificate c"
                        + " WHERE c.conferredStars IS NOT NULL AND c.validFrom <= :day", Object[].class)
                .setParameter("day", today).getResultList()
                .forEach(r -> recognitions.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(StarClass.Recognition.certificate(
                        (String) r[1], ((Number) r[2]).intValue(), (LocalDate) r[3], (LocalDate) r[4], (LocalDate) r[5])));
        em.createQuery("SELECT r.product.id, r.stars, d.signedOn, r.validUntil FROM ReceivedProduct r JOIN r.decision d"
                        + " WHERE d.signedOn <= :day", Object[].class)
                .setParameter("day", today).getResultList()
                .forEach(r -> recognitions.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(StarClass.Recognition.received(
                        ((Number) r[1]).intValue(), (LocalDate) r[2], (LocalDate) r[3])));
        TypedQuery<Object[]> rows = em.createQuery("SELECT p.id, p.name, s.code, s.groupName, pr.name, pr.type, pr.taxCode, u.code,"
                + " u.name, dt.code, dt.level, pv.code, p.step FROM Product p JOIN p.productSet s JOIN p.producer pr JOIN pr.commune u"
                + " LEFT JOIN u.parent dt LEFT JOIN dt.parent pv" + (unit == null ? "" : " WHERE u.id IN :unit") + " ORDER BY p.id",
                Object[].class);
        if (unit != null) {
            rows.setParameter("unit", unit);
        }
        return rows.getResultList().stream().map(r -> {
            Long id = (Long) r[0];
            StarClass.Recognition best = StarClass.on(today, recognitions.getOrDefault(id, List.of())).orElse(null);
            // a commune under the province directly (since 01/07/2025) has no district
            boolean underProvince = r[10] == UnitLevel.PROVINCE;
            return new ExportedProduct(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4], String.valueOf(r[5]),
                    (String) r[6], (String) r[7], (String) r[8], underProvince ? null : (String) r[9],
                    underProvince ? (String) r[9] : (String) r[11], String.valueOf(r[12]),
                    best == null ? StarClass.UNRATED : best.stars(), best == null ? null : best.certificateNumber(),
                    best == null ? null : best.until());
        }).toList();
    }

    /** Every certificate in the caller's scope (issued in a year when given), with today's state, in order of issue. */
    public List<ExportedCertificate> certificates(Integer year) {
        Set<Long> unit = acting.caller().onlyUnits();
        LocalDate today = acting.today();
        Period period = year == null ? null : Period.ofYear(year, today);
        List<String> where = new ArrayList<>();
        if (period != null) {
            where.add("d.signedOn >= :from AND d.signedOn <= :day");
        }
        if (unit != null) {
            where.add("c.communeId IN :unit");
        }
        TypedQuery<Object[]> query = em.createQuery("SELECT c.number, d.number, d.signedOn, c.productId, c.snapshot.productName,"
                + " c.snapshot.producerName, c.communeId, c.stars, c.validFrom, c.validUntil, c.revokedOn, c.supersededOn FROM Certificate c JOIN c.decision d"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY d.signedOn, c.number", Object[].class);
        if (period != null) {
            query.setParameter("from", period.from()).setParameter("day", period.to());
        }
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        Map<Long, String> codes = new HashMap<>();
        em.createQuery("SELECT u.id, u.code FROM AdministrativeUnit u", Object[].class).getResultList()
                .forEach(r -> codes.put((Long) r[0], (String) r[1]));
        return query.getResultList().stream().map(r -> new ExportedCertificate((String) r[0], (String) r[1], (LocalDate) r[2],
                (Long) r[3], (String) r[4], (String) r[5], codes.get((Long) r[6]), ((Number) r[7]).intValue(), (LocalDate) r[8],
                (LocalDate) r[9], r[11] != null && r[10] == null ? CertificateStatus.SUPERSEDED.name()
                : new Validity((LocalDate) r[8], (LocalDate) r[9]).on(today, r[10] != null).name())).toList();
    }

    // ---- queries ----

    private static String scope(String path, Set<Long> unit) {
        return unit == null ? "" : " AND " + path + " IN :unit";
    }

    /** A query of the statistics with the parameters it names: the period's days and the caller's commune. */
    private TypedQuery<Object[]> query(String jpql, Period period, Set<Long> unit) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        bind(query, jpql, period, unit);
        return query;
    }

    private long single(String jpql, Period period, Set<Long> unit) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        bind(query, jpql, period, unit);
        return query.getSingleResult();
    }

    private static void bind(TypedQuery<?> query, String jpql, Period period, Set<Long> unit) {
        if (jpql.contains(":after")) {
            query.setParameter("after", period.after());
        }
        if (jpql.contains(":day")) {
            query.setParameter("day", period.on());
        }
        if (jpql.contains(":from")) {
            query.setParameter("from", period.from());
        }
        if (jpql.contains(":active")) {
            query.setParameter("active", ProducerStatus.ACTIVE);
        }
        if (unit != null) {
            query.setParameter("unit", unit);
        }
    }
}
