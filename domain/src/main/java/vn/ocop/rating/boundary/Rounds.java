package vn.ocop.rating.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.entity.Role;
import vn.ocop.rating.control.GateReason;
import vn.ocop.rating.entity.CommunePrescreen;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.RecognitionAction;
import vn.ocop.rating.entity.Regime;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.rating.entity.ScoreSheet;
import vn.ocop.rating.entity.ScoringSheet;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.Prescreen;
import vn.ocop.registration.entity.PrescreenOutcome;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;
import vn.ocop.shared.control.VietnameseText;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Evaluation rounds as the district office runs them: creates a round (its criteria set is the one
 * of the regime in force on its first day), adds the products whose dossiers were submitted, sets
 * up the council from the decision that established it and its advisory group, starts the scoring
 * and concludes. Leaders and administrators read; a council member sees only the rounds they sit on
 * (and scores through {@link Scoring}). Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
public class Rounds {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    RoundResults results;

    @Inject
    ScoringForms forms;

    private RoundAccess access;

    @PostConstruct
    void prepare() {
        access = new RoundAccess(em, results);
    }

    /** Every round, the latest first; a council member gets only the rounds whose council they sit on. */
    @RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN, Roles.COUNCIL})
    public List<RoundView> rounds() {
        Caller caller = acting.caller();
        List<EvaluationRound> rounds = caller.role() == Role.COUNCIL
                ? em.createNamedQuery(EvaluationRound.OF_MEMBER, EvaluationRound.class).setParameter("username", caller.username())
                .getResultList()
                : em.createNamedQuery(EvaluationRound.ALL, EvaluationRound.class).getResultList();
        return rounds.stream().map(RoundView::of).toList();
    }

    /** The round page: products, council, and how far each member is (no scores: the sheets are sealed). */
    public RoundDetails round(long id) {
        return access.details(access.find(id));
    }

    @RolesAllowed(Roles.OFFICER)
    public RoundView create(RoundForm form) {
        EvaluationRound round = new EvaluationRound(form.getLevel(), form.getYear(), regimeOn(form.getStartsOn()),
                form.getTitle(), form.getPlace(), form.getStartsOn(), form.getEndsOn());
        em.persist(round);
        em.flush();
        acting.audit("ROUND_CREATED", round, null, null);
        return RoundView.of(round);
    }

    /** Changes the year, title, place and dates of an open round (not its level). */
    @RolesAllowed(Roles.OFFICER)
    public RoundDetails update(long id, long version, RoundForm form) {
        EvaluationRound round = access.editable(id, version);
        String before = round.auditState();
        round.describe(form.getYear(), form.getTitle(), form.getPlace(), form.getStartsOn(), form.getEndsOn(),
                regimeOn(form.getStartsOn()));
        em.flush();
        acting.audit("ROUND_CHANGED", round, before, null);
        return access.details(round);
    }

    /**
     * Products that may be added: dossier submitted, under the round's criteria set, not yet in the
     * round; searched by product or producer name without diacritics. Where the level below evaluates
     * under the round's regime (a city round under 1048 or 148, a central round), only the products
     * that a concluded round of the level below forwarded to this level; where the commune pre-screens for the round's
     * level (the City under 148 as amended by 1489), only those whose current dossier passed the pre-screen. Each says
     * whether its sheet is usable.
     */
    @RolesAllowed(Roles.OFFICER)
    public Page<CandidateView> candidates(long roundId, String text, int first, int size) {
        EvaluationRound round = access.find(roundId);
        String key = "%" + VietnameseText.searchKey(text).replace("%", "").replace("_", "") + "%";
        boolean forwarded = forwardedOnly(round);
        boolean prescreened = !forwarded && round.needsPrescreen();
        var query = em.createNamedQuery(forwarded ? RoundProduct.FORWARDED_CANDIDATES
                        : prescreened ? RoundProduct.PRESCREENED_CANDIDATES : RoundProduct.CANDIDATES, Product.class)
                .setParameter("step", CycleStep.DOSSIER_SUBMITTED).setParameter("criteriaSet", round.getCriteriaSet().getCode())
                .setParameter("key", key).setParameter("round", round);
        var count = em.createNamedQuery(forwarded ? RoundProduct.COUNT_FORWARDED_CANDIDATES
                        : prescreened ? RoundProduct.COUNT_PRESCREENED_CANDIDATES : RoundProduct.COUNT_CANDIDATES, Long.class)
                .setParameter("step", CycleStep.DOSSIER_SUBMITTED).setParameter("criteriaSet", round.getCriteriaSet().getCode())
                .setParameter("key", key).setParameter("round", round);
        if (forwarded) {
            query.setParameter("level", round.getLevel()).setParameter("concluded", RoundStatus.CONCLUDED);
            count.setParameter("level", round.getLevel()).setParameter("concluded", RoundStatus.CONCLUDED);
        }
        if (prescreened) {
            query.setParameter("passed", PrescreenOutcome.PASSED);
            count.setParameter("passed", PrescreenOutcome.PASSED);
        }
        List<Product> products = query.setFirstResult(first).setMaxResults(size).getResultList();
        long total = count.getSingleResult();
        Map<Long, ScoringForms.SheetState> sheets = forms.sheetsByProductSet();
        return new Page<>(products.stream().map(p -> new CandidateView(p.getId(), p.getName(), p.getProducer().getName(),
                p.getProducer().getCommune().getName(), RoundProductView.label(p.getProductSet()), p.getRegistrationType(),
                sheets.containsKey(p.getProductSet().getId()) && sheets.get(p.getProductSet().getId()).usable())).toList(),
                total);
    }

    /** Adds a product whose dossier was submitted, scored on its product set's usable sheet, and in no other running round of the level. */
    @RolesAllowed(Roles.OFFICER)
    public RoundDetails addProduct(long roundId, long version, long productId) {
        EvaluationRound round = access.changing(roundId, version);
        Product product = Records.find(em, Product.class, productId);
        if (em.createNamedQuery(RoundProduct.ELSEWHERE, Long.class).setParameter("product", product).setParameter("round", round)
                .setParameter("level", round.getLevel()).setParameter("concluded", RoundStatus.CONCLUDED).getSingleResult() > 0) {
            throw new BusinessException("rating.round.productElsewhere", product.getName());
        }
        if (forwardedOnly(round) && em.createNamedQuery(RoundProduct.FORWARDED, Long.class).setParameter("product", product)
                .setParameter("level", round.getLevel()).setParameter("concluded", RoundStatus.CONCLUDED).getSingleResult() == 0) {
            throw new BusinessException("rating.round.notForwarded", product.getName());
        }
        ScoringSheet sheet = em.createNamedQuery(ScoringSheet.OF_PRODUCT_SET, ScoringSheet.class)
                .setParameter("productSet", product.getProductSet()).getResultStream().findFirst().orElse(null);
        RoundProduct added = round.add(product, sheet, prescreenOf(product), acting.now());
        UniqueValues.flush(em, new BusinessException("rating.round.productTwice", product.getName()));
        acting.audit("ROUND_PRODUCT_ADDED", added, null, null);
        return access.details(round);
    }

    @RolesAllowed(Roles.OFFICER)
    public RoundDetails removeProduct(long roundId, long version, long productId) {
        EvaluationRound round = access.changing(roundId, version);
        Product product = Records.find(em, Product.class, productId);
        RoundProduct removed = round.remove(product);
        em.flush();
        acting.audit("ROUND_PRODUCT_REMOVED", removed, removed.auditState(), null);
        return access.details(round);
    }

    /** OPEN → SCORING: products added, council ready. The members may then declare and score. */
    @RolesAllowed(Roles.OFFICER)
    public RoundDetails startScoring(long roundId, long version) {
        EvaluationRound round = access.editable(roundId, version);
        String before = round.auditState();
        round.startScoring();
        em.flush();
        acting.audit("ROUND_SCORING_STARTED", round, before, null);
        return access.details(round);
    }

    /**
     * SCORING → CONCLUDED: once the chair opened the results, the quorum is met (the council's
     * share of members present, the chair among them where its rules say so), no member present is
     * still drafting, and every product has at least one sheet that counts. Each product's result
     * and conclusion are then frozen with the round; sheets can no longer change.
     */
    @RolesAllowed(Roles.OFFICER)
    public RoundDetails conclude(long roundId, long version) {
        EvaluationRound round = access.editable(roundId, version);
        access.touch(round);
        String before = round.auditState();
        List<RoundProduct> products = checkConclusion(round);
        Map<Long, List<ScoreSheet>> sheets = em.createNamedQuery(ScoreSheet.WITH_CHOICES_OF_ROUND, ScoreSheet.class)
                .setParameter("round", round).getResultList().stream()
                .collect(Collectors.groupingBy(s -> s.getRoundProduct().getId()));
        for (RoundProduct product : products) {
            RoundResults.Computed computed = results.compute(product, sheets.getOrDefault(product.getId(), List.of()));
            product.freeze(computed.result(), computed.proposal(), GateReason.text(computed.result().gatedBy()));
        }
        round.conclude();
        em.flush();
        acting.audit("ROUND_CONCLUDED", round, before, null);
        return access.details(round);
    }

    /**
     * A council that met on paper: the office records the chair's opening of the results once every
     * scoring member has submitted or declared a conflict for every product (see {@link PaperSheets}).
     */
    @RolesAllowed(Roles.OFFICER)
    public RoundDetails recordOpening(long roundId, long version) {
        EvaluationRound round = access.changing(roundId, version);
        String before = round.auditState();
        List<MemberProgress> progress = access.progress(round, round.getProducts().size());
        boolean done = progress.stream().allMatch(m -> m.undeclared() == 0 && m.drafts() == 0);
        round.openResultsAtSession(done, acting.caller().username(), acting.now());
        em.flush();
        acting.audit("RESULTS_OPENED", round, before, "recorded by the office at the council's session");
        return access.details(round);
    }

    /** The product's latest pre-screen by the commune, and whether it is that of the dossier as it was last submitted. */
    private CommunePrescreen prescreenOf(Product product) {
        return em.createNamedQuery(Prescreen.OF_PRODUCT, Prescreen.class).setParameter("product", product).setMaxResults(1)
                .getResultStream().findFirst()
                .map(p -> new CommunePrescreen(p.getOutcome() == PrescreenOutcome.PASSED,
                        product.getStep() == CycleStep.DOSSIER_SUBMITTED
                                && p.getSubmission().getId().equals(product.currentSubmission().getId()),
                        p.getScreenedOn(), p.getReasons()))
                .orElse(CommunePrescreen.NONE);
    }

    /** Whether the round takes only products forwarded to its level: the level below evaluates under its regime. */
    private static boolean forwardedOnly(EvaluationRound round) {
        EvaluationLevel below = switch (round.getLevel()) {
            case CENTRAL -> EvaluationLevel.PROVINCE;
            case PROVINCE -> EvaluationLevel.DISTRICT;
            default -> null;
        };
        return below != null && round.getRegime().getRules().stream()
                .anyMatch(rule -> rule.getLevel() == below && rule.getAction() == RecognitionAction.EVALUATES);
    }

    /** The quorum, no drafts among the members present, a counted sheet for every product. */
    private List<RoundProduct> checkConclusion(EvaluationRound round) {
        round.requireScoring();
        if (!round.isResultsOpened()) {
            throw new BusinessException("rating.round.resultsNotOpen");
        }
        QuorumView quorum = results.quorum(round);
        if (!quorum.met()) {
            throw new BusinessException(quorum.chairRequired() && !quorum.chairPresent() && quorum.present() >= quorum.required()
                    ? "rating.quorum.chairAbsent" : "rating.quorum.notMet", quorum.present(), quorum.members(), quorum.required());
        }
        if (quorum.drafting() > 0) {
            throw new BusinessException("rating.quorum.drafting", quorum.drafting());
        }
        List<RoundProduct> products = em.createNamedQuery(RoundProduct.OF_ROUND, RoundProduct.class)
                .setParameter("round", round).getResultList();
        List<Long> counted = em.createNamedQuery(ScoreSheet.OF_ROUND, ScoreSheet.class).setParameter("round", round)
                .getResultList().stream().filter(ScoreSheet::counts).map(s -> s.getRoundProduct().getId()).toList();
        for (RoundProduct product : products) {
            if (!counted.contains(product.getId())) {
                throw new BusinessException("rating.result.unscored", product.getProduct().getName());
            }
        }
        return products;
    }

    /** The regime in force on the day, or null (the round's rules then say why). */
    private Regime regimeOn(LocalDate date) {
        if (date == null) {
            return null;
        }
        return em.createNamedQuery(Regime.ON, Regime.class).setParameter("date", date).getResultStream().findFirst().orElse(null);
    }
}
