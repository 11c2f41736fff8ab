package vn.ocop.planning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.certification.boundary.ExpiryNotices;
import vn.ocop.certification.boundary.ExpiringView;
import vn.ocop.certification.control.StarClass;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.planning.boundary.DashboardView.Activity;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.geography.entity.UnitSuccession;
import vn.ocop.planning.boundary.DashboardView.CommuneFigures;
import vn.ocop.planning.boundary.DashboardView.CommuneGroup;
import vn.ocop.planning.boundary.DashboardView.SupportFigures;
import vn.ocop.planning.boundary.DashboardView.SupportLine;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.shared.boundary.FiguresCache;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.entity.AuditEntry;
import vn.ocop.training.boundary.TrainingCoverage;
import vn.ocop.training.control.CoverageRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The home page's figures for the people who follow the programme: a handful of aggregate queries
 * (grouped in the database), in the caller's scope. Council members have their rounds instead.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN, Roles.COMMUNE})
public class Dashboard {

    /** How far ahead the home page looks for expiring certificates. */
    public static final int EXPIRING_DAYS = 90;
    static final int RECENT_SHOWN = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    Plans plans;

    @Inject
    ExpiryNotices expiry;

    @Inject
    TrainingCoverage training;

    @Inject
    FiguresCache cache;

    /** The figures in the caller's scope (kept a short while, see {@link FiguresCache}). */
    public DashboardView overview() {
        Caller caller = acting.caller();
        Set<Long> only = caller.onlyUnits();
        LocalDate today = acting.today();
        return cache.get("dashboard", java.util.Arrays.asList(only, caller.unitId(), today), () -> overview(caller, only, today));
    }

    private DashboardView overview(Caller caller, Set<Long> only, LocalDate today) {
        int year = today.getYear();
        Map<Long, Map<Integer, Long>> classes = classesByCommune(only, today);
        Map<Long, Long> products = productsByCommune(only);
        List<CommuneGroup> communes = communes(today, only, caller.unitId(), products, classes);
        Map<Integer, Long> byStars = new TreeMap<>(Map.of(0, 0L, 3, 0L, 4, 0L, 5, 0L));
        long total = products.values().stream().mapToLong(Long::longValue).sum();
        long rated = 0;
        for (Map<Integer, Long> commune : classes.values()) {
            for (Map.Entry<Integer, Long> entry : commune.entrySet()) {
                byStars.merge(entry.getKey(), entry.getValue(), Long::sum);
                rated += entry.getValue();
            }
        }
        byStars.put(0, Math.max(0, total - rated));
        List<CertificateView> expiring = expiry.expiring(EXPIRING_DAYS, null).stream()
                .flatMap((ExpiringView e) -> e.certificates().stream())
                .sorted(Comparator.comparing(CertificateView::validUntil).thenComparing(CertificateView::number)).toList();
        List<CoverageRules.Line> coverage = training.totals(year);
        return new DashboardView(year, plans.current(year, coverage).orElse(null), byStars, communes, pipeline(only), expiring,
                coverage, support(only, year), only == null ? recent() : List.of());
    }

    /**
     * The communes of today, each with a tile for every former commune that passed into it whole (or
     * in part, when it is the first successor) and one for itself when it has producers of its own or
     * took over nobody. A commune officer's commune only, with the former communes it covers (a former commune
     * split between several communes is shown to each of them under their own commune).
     */
    private List<CommuneGroup> communes(LocalDate today, Set<Long> only, Long ownUnit, Map<Long, Long> products,
                                        Map<Long, Map<Integer, Long>> classes) {
        List<AdministrativeUnit> all = em.createQuery("SELECT DISTINCT u FROM AdministrativeUnit u LEFT JOIN FETCH u.successions"
                + " WHERE u.level = :commune ORDER BY u.name", AdministrativeUnit.class)
                .setParameter("commune", UnitLevel.COMMUNE).getResultList();
        Map<Long, List<CommuneFigures>> tiles = new LinkedHashMap<>();
        List<AdministrativeUnit> current = all.stream().filter(u -> u.isValidOn(today)).toList();
        current.forEach(u -> tiles.put(u.getId(), new ArrayList<>()));
        for (AdministrativeUnit unit : all) {
            Long group = unit.isValidOn(today) ? unit.getId() : unit.getSuccessions().stream()
                    .sorted(Comparator.comparing((UnitSuccession s) -> !s.isWhole()))
                    .map(s -> s.getSuccessor().getId()).filter(tiles::containsKey).findFirst().orElse(null);
            boolean own = unit.isValidOn(today);
            if (only != null && !own && only.contains(unit.getId()) && tiles.containsKey(ownUnit)) {
                group = ownUnit;
            }
            if (group != null && (only == null || only.contains(unit.getId()))
                    && (!own || products.containsKey(unit.getId()) || only != null)) {
                tiles.get(group).add(figures(unit, own, products.getOrDefault(unit.getId(), 0L),
                        classes.getOrDefault(unit.getId(), Map.of())));
            }
        }
        List<CommuneGroup> groups = new ArrayList<>();
        for (AdministrativeUnit unit : current) {
            List<CommuneFigures> list = tiles.get(unit.getId());
            if (list.isEmpty() && only == null) {
                list.add(figures(unit, true, 0, Map.of()));
            }
            if (!list.isEmpty()) {
                groups.add(new CommuneGroup(figures(unit, true, 0, Map.of()), list));
            }
        }
        return groups;
    }

    private static CommuneFigures figures(AdministrativeUnit commune, boolean current, long products, Map<Integer, Long> classes) {
        return new CommuneFigures(commune.getId(), commune.getCode(), commune.getName(), current, products, new TreeMap<>(classes));
    }

    private Map<Long, Long> productsByCommune(Set<Long> only) {
        TypedQuery<Object[]> query = em.createQuery("SELECT pr.commune.id, COUNT(p) FROM Product p JOIN p.producer pr"
                + (only == null ? "" : " WHERE pr.commune.id IN :only") + " GROUP BY pr.commune.id", Object[].class);
        if (only != null) {
            query.setParameter("only", only);
        }
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * The class in force today of each product of the caller's scope that has one (product id to 3, 4 or 5), as the
     * home page counts them: the lists its class figures open take their products from here, so that the list's count
     * is the figure.
     */
    public Map<Long, Integer> classesInForce() {
        Caller caller = acting.caller();
        Set<Long> only = caller.onlyUnits();
        LocalDate today = acting.today();
        return cache.get("classes", java.util.Arrays.asList(only, today), () -> {
            Map<Long, Integer> classes = new HashMap<>();
            classesByProduct(only, today).forEach((product, communeAndClass) -> classes.put(product, (int) communeAndClass[1]));
            return classes;
        });
    }

    /** The products of each class in force per commune of their producer (see {@link #classesByProduct}). */
    private Map<Long, Map<Integer, Long>> classesByCommune(Set<Long> only, LocalDate today) {
        Map<Long, Map<Integer, Long>> classes = new HashMap<>();
        classesByProduct(only, today).values().forEach(communeAndClass -> classes
                .computeIfAbsent((long) communeAndClass[0], k -> new TreeMap<>()).merge((int) communeAndClass[1], 1L, Long::sum));
        return classes;
    }

    /**
     * The class of each product today with the commune of its producer (product id to {commune, class}): its class in
     * force ({@link StarClass#on}: its latest recognition, a certificate conferring a class or a higher level's decision,
     * when it still holds).
     */
    private Map<Long, long[]> classesByProduct(Set<Long> only, LocalDate today) {
        String scope = only == null ? "" : " AND pr.commune.id IN :only";
        TypedQuery<Object[]> own = em.createQuery("SELECT pr.commune.id, c.productId, c.conferredStars, c.validFrom, c.validUntil,"
                + " c.revokedOn, c.number FROM Certificate c JOIN c.product p JOIN p.producer pr WHERE c.conferredStars IS NOT NULL"
                + " AND c.validFrom <= :today" + scope, Object[].class).setParameter("today", today);
        TypedQuery<Object[]> received = em.createQuery("SELECT pr.commune.id, p.id, r.stars, r.decision.signedOn, r.validUntil"
                + " FROM ReceivedProduct r JOIN r.product p JOIN p.producer pr WHERE r.decision.signedOn <= :today" + scope,
                Object[].class).setParameter("today", today);
        if (only != null) {
            own.setParameter("only", only);
            received.setParameter("only", only);
        }
        Map<Long, Long> communeOf = new HashMap<>();
        Map<Long, List<StarClass.Recognition>> recognitions = new HashMap<>();
        for (Object[] r : own.getResultList()) {
            communeOf.put((Long) r[1], (Long) r[0]);
            recognitions.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(StarClass.Recognition.certificate((String) r[6],
                    ((Number) r[2]).intValue(), (LocalDate) r[3], (LocalDate) r[4], (LocalDate) r[5]));
        }
        for (Object[] r : received.getResultList()) {
            communeOf.put((Long) r[1], (Long) r[0]);
            recognitions.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(StarClass.Recognition.received(
                    ((Number) r[2]).intValue(), (LocalDate) r[3], (LocalDate) r[4]));
        }
        Map<Long, long[]> classes = new HashMap<>();
        recognitions.forEach((product, list) -> StarClass.on(today, list).ifPresent(inForce ->
                classes.put(product, new long[] {communeOf.get(product), inForce.stars()})));
        return classes;
    }

    private Map<CycleStep, Long> pipeline(Set<Long> only) {
        TypedQuery<Object[]> query = em.createQuery("SELECT p.step, COUNT(p) FROM Product p"
                + (only == null ? "" : " WHERE p.producer.commune.id IN :only") + " GROUP BY p.step", Object[].class);
        if (only != null) {
            query.setParameter("only", only);
        }
        Map<CycleStep, Long> steps = new EnumMap<>(CycleStep.class);
        for (CycleStep step : CycleStep.values()) {
            steps.put(step, 0L);
        }
        query.getResultList().forEach(row -> steps.put((CycleStep) row[0], ((Number) row[1]).longValue()));
        return steps;
    }

    private SupportFigures support(Set<Long> only, int year) {
        String where = " WHERE s.grantedOn >= :start AND s.grantedOn < :next" + (only == null ? "" : " AND s.producer.commune.id IN :only");
        TypedQuery<Object[]> byType = em.createQuery("SELECT t.id, t.nameVi, t.nameEn, COUNT(s), SUM(s.amountVnd), t.position"
                + " FROM Support s JOIN s.type t" + where + " GROUP BY t.id, t.nameVi, t.nameEn, t.position ORDER BY t.position",
                Object[].class);
        TypedQuery<Object[]> byCommune = em.createQuery("SELECT u.id, u.name, COUNT(s), SUM(s.amountVnd) FROM Support s"
                + " JOIN s.producer pr JOIN pr.commune u" + where.replace("s.producer.commune", "u")
                + " GROUP BY u.id, u.name ORDER BY u.name", Object[].class);
        for (TypedQuery<Object[]> query : List.of(byType, byCommune)) {
            query.setParameter("start", LocalDate.of(year, 1, 1)).setParameter("next", LocalDate.of(year + 1, 1, 1));
            if (only != null) {
                query.setParameter("only", only);
            }
        }
        List<SupportLine> types = byType.getResultList().stream().map(r -> new SupportLine((Long) r[0], (String) r[1],
                (String) r[2], ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
        List<SupportLine> communes = byCommune.getResultList().stream().map(r -> new SupportLine((Long) r[0], (String) r[1],
                (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
        long granted = types.stream().mapToLong(SupportLine::amount).sum();
        return new SupportFigures(granted, only == null ? plans.budget(year) : null, types, communes);
    }

    /** The latest changes of records, drafts of score sheets left out (a member saves each tick), each with its record's name. */
    private List<Activity> recent() {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType IS NOT NULL AND e.action <> :drafts ORDER BY e.occurredAt DESC, e.id DESC",
                        AuditEntry.class).setParameter("drafts", "SHEET_DRAFT_SAVED").setMaxResults(RECENT_SHOWN).getResultList().stream()
                .map(e -> new Activity(e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(), e.getEntityId(),
                        name(e.getEntityType(), e.getEntityId())))
                .toList();
    }

    /** How people name a record of the audit: a producer or product by its name, a decision by its number... */
    private static final java.util.Map<String, String> NAMES = java.util.Map.of(
            "Producer", "SELECT x.name FROM Producer x WHERE x.id = :id",
            "Product", "SELECT x.name FROM Product x WHERE x.id = :id",
            "Decision", "SELECT x.number FROM Decision x WHERE x.id = :id",
            "Certificate", "SELECT x.number FROM Certificate x WHERE x.id = :id",
            "EvaluationRound", "SELECT x.title FROM EvaluationRound x WHERE x.id = :id",
            "Course", "SELECT x.title FROM Course x WHERE x.id = :id",
            "Plan", "SELECT x.title FROM Plan x WHERE x.id = :id");

    /** The record's name, or null when it has none to show (gone, a draft without a number, a type without a name). */
    private String name(String type, String id) {
        if ("UserAccount".equals(type)) {
            return id;
        }
        String query = NAMES.get(type);
        if (query == null || id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        List<String> names = em.createQuery(query, String.class).setParameter("id", Long.valueOf(id)).getResultList();
        return names.isEmpty() || names.get(0) == null || names.get(0).isBlank() ? null : names.get(0);
    }
}
