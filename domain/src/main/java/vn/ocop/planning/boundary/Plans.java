package vn.ocop.planning.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.planning.control.Progress;
import vn.ocop.planning.entity.Plan;
import vn.ocop.planning.entity.PlanTarget;
import vn.ocop.planning.entity.TargetKind;
import vn.ocop.planning.entity.TargetUnit;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.Share;
import vn.ocop.shared.control.UniqueValues;
import vn.ocop.training.boundary.TargetView;
import vn.ocop.training.boundary.TrainingCoverage;
import vn.ocop.training.control.CoverageRules;
import vn.ocop.training.entity.Audience;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The district's yearly OCOP plans and how far they are: the office writes a plan and its targets;
 * everybody who reads the programme sees the actuals, computed from the data each time (see the
 * package description). The training coverage targets of a plan are the training records' own,
 * written and read through {@link TrainingCoverage}.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN, Roles.COMMUNE})
public class Plans {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    TrainingCoverage training;

    @Inject
    Acting acting;

    /** Every plan, the latest year first, with its progress. */
    public List<PlanView> plans() {
        return em.createNamedQuery(Plan.ALL, Plan.class).getResultList().stream().map(this::view).toList();
    }

    public Optional<PlanView> plan(int year) {
        return find(year).map(this::view);
    }

    /** The plan in force: this year's, or the latest before it; empty when there is none. */
    public Optional<PlanView> current() {
        return em.createNamedQuery(Plan.LATEST_BY, Plan.class).setParameter("year", acting.today().getYear())
                .setMaxResults(1).getResultStream().findFirst().map(this::view);
    }

    /**
     * The plan in force, measured with the training coverage of {@code year} already computed by the
     * caller (the dashboard), so that it is not computed twice when the plan is of that year.
     */
    public Optional<PlanView> current(int year, List<CoverageRules.Line> coverageOfYear) {
        return em.createNamedQuery(Plan.LATEST_BY, Plan.class).setParameter("year", acting.today().getYear())
                .setMaxResults(1).getResultStream().findFirst()
                .map(plan -> view(plan, plan.getYear() == year ? coverageOfYear : training.totals(plan.getYear())));
    }

    /** The support budget of a year's plan in VND, or null when the year has no plan or no budget target. */
    public Long budget(int year) {
        return find(year).flatMap(p -> p.getTargets().stream().filter(t -> t.getKind() == TargetKind.SUPPORT_BUDGET).findFirst())
                .map(t -> t.getAmount().longValue()).orElse(null);
    }

    /** Writes a year's plan (a new one, or the one read at {@code form.version()}) and its training targets. */
    @RolesAllowed(Roles.OFFICER)
    public PlanView save(PlanForm form) {
        LocalDate today = acting.today();
        for (Map.Entry<Audience, Integer> entry : form.training().entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > 100) {
                throw BusinessException.onField("training", "training.target.range");
            }
        }
        Plan plan = find(form.year()).orElse(null);
        if (plan == null) {
            plan = new Plan(form.year(), form.number(), form.issuedOn(), form.title(), today);
            plan.setTargets(form.targets());
            em.persist(plan);
            UniqueValues.flush(em, new BusinessException("plans.exists", form.year()));
            acting.audit("PLAN_CREATED", plan, null, null);
        } else {
            Records.requireVersion(plan.getVersion(), form.version());
            String before = plan.auditState();
            plan.describe(form.number(), form.issuedOn(), form.title(), today);
            plan.setTargets(form.targets());
            em.flush();
            acting.audit("PLAN_CHANGED", plan, before, null);
        }
        for (Map.Entry<Audience, Integer> entry : form.training().entrySet()) {
            training.setTarget(form.year(), entry.getKey(), entry.getValue());
        }
        return view(plan);
    }

    private Optional<Plan> find(int year) {
        return em.createNamedQuery(Plan.OF_YEAR, Plan.class).setParameter("year", year).getResultStream().findFirst();
    }

    private PlanView view(Plan plan) {
        return view(plan, training.totals(plan.getYear()));
    }

    private PlanView view(Plan plan, List<CoverageRules.Line> coverage) {
        boolean yearOver = acting.today().getYear() > plan.getYear();
        PlanMeasures measures = new PlanMeasures(em, plan.getYear());
        List<TargetProgress> targets = new ArrayList<>();
        // A commune officer reads the plan's targets, but not the support budget of the whole body.
        boolean commune = context.isCallerInRole(Roles.COMMUNE);
        for (PlanTarget target : plan.getTargets()) {
            if (commune && target.getKind() == TargetKind.SUPPORT_BUDGET) {
                continue;
            }
            Progress progress = Progress.of(target.getUnit(), target.getAmount(),
                    measures.measure(target.getKind(), target.getUnit(), target.getStars()), yearOver);
            targets.add(new TargetProgress(target.getKind(), target.getUnit(), target.getStars(), null, target.getAmount(),
                    target.getNote(), progress));
        }
        for (TargetView target : training.targets(plan.getYear())) {
            Share actual = coverage.stream().filter(l -> l.audience() == target.audience()).findFirst()
                    .filter(l -> l.required() > 0).map(CoverageRules.Line::share).orElse(null);
            BigDecimal aim = BigDecimal.valueOf(target.percent());
            targets.add(new TargetProgress(TargetKind.TRAINING_COVERAGE, TargetUnit.PERCENT, null, target.audience(), aim, null,
                    Progress.ofShare(aim, actual, yearOver)));
        }
        return new PlanView(plan.getId(), plan.getYear(), plan.getNumber(), plan.getIssuedOn(), plan.getTitle(),
                plan.getVersion(), targets);
    }
}
