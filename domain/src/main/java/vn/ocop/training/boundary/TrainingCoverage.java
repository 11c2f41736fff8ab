package vn.ocop.training.boundary;

import vn.ocop.shared.entity.DateSpan;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.geography.boundary.IssuingBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.reports.Documents;
import vn.ocop.reports.Letterhead;
import vn.ocop.reports.TrainingCoverageDocument;
import vn.ocop.shared.boundary.FiguresCache;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;
import vn.ocop.training.control.CoverageRules;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Course;
import vn.ocop.training.entity.CoverageTarget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The coverage of the plan's training targets (see {@link CoverageRules} and the package
 * description for who is required): per year, audience and commune, the totals per audience, the
 * people still to train, the targets and the printed report. A commune officer sees their own
 * commune only; the district office sets the targets.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class TrainingCoverage {

    /** The first year of the programme in the district (its 2019 plan). */
    public static final int FIRST_YEAR = 2019;

    private static final Map<Audience, String> PRINTED = Map.of(Audience.DISTRICT_STAFF, "Cán bộ cấp huyện",
            Audience.COMMUNE_STAFF, "Cán bộ cấp xã", Audience.COUNCIL_ADVISORY, "Hội đồng, tổ tư vấn",
            Audience.PRODUCER_MANAGER, "Người quản lý chủ thể");

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuingBodies bodies;

    @Inject
    Acting acting;

    @Inject
    Documents documents;

    @Inject
    FiguresCache figures;

    /** The years the coverage can be asked for: from the plan's first year (or the first course) to this year. */
    public List<Integer> years() {
        DateSpan range = em.createNamedQuery(Course.DATE_RANGE, DateSpan.class).getSingleResult();
        int now = acting.today().getYear();
        int from = range.first() == null ? FIRST_YEAR : Math.min(FIRST_YEAR, range.first().getYear());
        int to = range.last() == null ? now : Math.max(now, range.last().getYear());
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** The lines of a year (every year when null) per audience and commune, in the caller's scope. */
    public List<CoverageRules.Line> lines(Integer year) {
        Caller caller = acting.caller();
        return figures.get("coverage", java.util.Arrays.asList(caller.onlyUnits(), year, acting.today()),
                () -> List.copyOf(lines(caller, year)));
    }

    private List<CoverageRules.Line> lines(Caller caller, Integer year) {
        List<Trainee> required = TraineePool.required(em).stream().filter(t -> caller.reaches(t.unitId())).toList();
        return CoverageRules.lines(required, TraineePool.completions(em), year == null ? years() : List.of(year), targets());
    }

    /** The totals of a year per audience, in the caller's scope. */
    public List<CoverageRules.Line> totals(int year) {
        return CoverageRules.totals(lines(year));
    }

    /**
     * The people still untrained at the end of this year, of an audience (null: all) and commune (null: all): kept with the
     * figures ({@link FiguresCache}), since it reads the whole pool of people and their completions.
     */
    public List<Trainee> toTrain(Audience audience, Long unitId) {
        Caller caller = acting.caller();
        return figures.get("toTrain", java.util.Arrays.asList(caller.onlyUnits(), audience, unitId, acting.today()),
                () -> List.copyOf(toTrain(caller, audience, unitId)));
    }

    private List<Trainee> toTrain(Caller caller, Audience audience, Long unitId) {
        List<Trainee> required = TraineePool.required(em).stream()
                .filter(t -> caller.reaches(t.unitId()) && (audience == null || t.audience() == audience)
                        && (unitId == null || unitId.equals(t.unitId())))
                .toList();
        return CoverageRules.untrained(required, TraineePool.completions(em), acting.today().getYear());
    }

    /** The targets of a year, the default 100 % where none was set. */
    public List<TargetView> targets(int year) {
        Map<String, Integer> set = targets();
        return Arrays.stream(Audience.values()).map(a -> {
            Integer percent = set.get(CoverageRules.targetKey(year, a));
            return new TargetView(year, a, percent == null ? CoverageRules.DEFAULT_TARGET : percent, percent != null);
        }).toList();
    }

    @RolesAllowed(Roles.OFFICER)
    public TargetView setTarget(int year, Audience audience, Integer percent) {
        CoverageTarget target = em.createNamedQuery(CoverageTarget.OF, CoverageTarget.class).setParameter("year", year)
                .setParameter("audience", audience).getResultStream().findFirst().orElse(null);
        if (target == null) {
            target = new CoverageTarget(year, audience, percent);
            em.persist(target);
            UniqueValues.flush(em, new BusinessException("error.concurrentChange"));
            acting.audit("TRAINING_TARGET_SET", target, null, null);
        } else {
            String before = target.auditState();
            target.aim(percent);
            em.flush();
            acting.audit("TRAINING_TARGET_SET", target, before, null);
        }
        return new TargetView(year, audience, target.getPercent(), true);
    }

    /** The coverage report of a year as a PDF: the lines per audience and commune, then the totals. */
    public byte[] reportPdf(int year) {
        List<CoverageRules.Line> lines = lines(year);
        List<TrainingCoverageDocument.Row> rows = new ArrayList<>();
        for (CoverageRules.Line line : lines) {
            rows.add(row(line, line.unitName(), false));
        }
        for (CoverageRules.Line total : CoverageRules.totals(lines)) {
            rows.add(row(total, "Toàn huyện", true));
        }
        IssuingBody body = bodies.deployedBody();
        return documents.pdf(new TrainingCoverageDocument(new Letterhead(body.getHeaderLine1(), body.getHeaderLine2(), body.getPlace(),
                acting.today()), year, rows));
    }

    private static TrainingCoverageDocument.Row row(CoverageRules.Line line, String unit, boolean total) {
        return new TrainingCoverageDocument.Row(PRINTED.get(line.audience()), unit, line.required(), line.trained(),
                percent(line.percent()), line.target() + " %", total ? null : String.join(", ", line.untrained()), total);
    }

    private static String percent(BigDecimal value) {
        return vn.ocop.reports.Formats.percent(value, vn.ocop.reports.Formats.VIETNAMESE);
    }

    private Map<String, Integer> targets() {
        Map<String, Integer> targets = new HashMap<>();
        em.createNamedQuery(CoverageTarget.ALL, CoverageTarget.class).getResultList()
                .forEach(t -> targets.put(CoverageRules.targetKey(t.getYear(), t.getAudience()), t.getPercent()));
        return targets;
    }
}
