package vn.ocop.rating.boundary;

import vn.ocop.rating.entity.ChoiceValue;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.rating.control.ConclusionProposal;
import vn.ocop.rating.control.GateReason;
import vn.ocop.rating.control.MemberSheet;
import vn.ocop.rating.control.ProductResult;
import vn.ocop.rating.control.Quorum;
import vn.ocop.rating.control.RecognitionRules;
import vn.ocop.rating.control.ResultRules;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.control.SheetScore;
import vn.ocop.rating.control.SheetTree;
import vn.ocop.rating.entity.ConflictDeclaration;
import vn.ocop.rating.entity.Council;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.DeclarationRow;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.FrozenGateRow;
import vn.ocop.rating.entity.RecognitionRule;
import vn.ocop.rating.entity.ReferenceKind;
import vn.ocop.rating.entity.ReferenceScore;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.ScoreChoice;
import vn.ocop.rating.entity.ScoreSheet;
import vn.ocop.rating.entity.ScoringState;
import vn.ocop.rating.entity.SheetRevision;
import vn.ocop.rating.entity.SheetStanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The results of a round from its sheets, by the result rules of the control package (means, bands,
 * star marks, spread, proposal): one place for the results page, the API, the minutes and the
 * conclusion. Used by the rating boundaries inside their transactions (an EJB for the reason given
 * on {@link ScoringForms}); only they call it, with their roles.
 */
@Stateless
@PermitAll
public class RoundResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    ScoringForms forms;

    @Inject
    ResultsCache cache;

    /**
     * The results of every product of the round, in the round's order: computed once per change of what they are
     * computed from ({@link #fingerprint}), kept in {@link ResultsCache} in between.
     */
    public List<ResultView> of(EvaluationRound round) {
        em.flush();
        List<Object> fingerprint = fingerprint(round);
        List<ResultView> kept = cache.get(round.getId(), fingerprint);
        if (kept != null) {
            return kept;
        }
        // One computation at a time per round: the others asking meanwhile wait for it (a city round's computation holds
        // its 176,000 choices in memory; twenty at once ran the server out of heap).
        synchronized (cache.lock(round.getId())) {
            kept = cache.get(round.getId(), fingerprint);
            if (kept != null) {
                return kept;
            }
            List<ResultView> computed = compute(round);
            cache.put(round.getId(), fingerprint, computed);
            return computed;
        }
    }

    /**
     * What a round's results are computed from, in a few figures read in one query: the round's own version (its
     * status, council and members change it), the council's rules, and per table of the round's rows their number and
     * the sum of their versions or their latest time (every change of a sheet, a round product, a product or its
     * producer raises one of them; a revision, a reference score or a conflict declaration adds a row), the council
     * members' accounts (their names are shown) and the regime's recognition rules.
     */
    List<Object> fingerprint(EvaluationRound round) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                        + " (SELECT COUNT(*) FROM score_sheet s JOIN round_product rp ON rp.id = s.round_product_id WHERE rp.round_id = ?1),"
                        + " (SELECT SUM(s.version) FROM score_sheet s JOIN round_product rp ON rp.id = s.round_product_id WHERE rp.round_id = ?1),"
                        + " (SELECT MAX(s.saved_at) FROM score_sheet s JOIN round_product rp ON rp.id = s.round_product_id WHERE rp.round_id = ?1),"
                        + " (SELECT COUNT(*) FROM round_product rp WHERE rp.round_id = ?1),"
                        + " (SELECT SUM(rp.version) + SUM(p.version) + SUM(pr.version) FROM round_product rp JOIN product p ON p.id = rp.product_id"
                        + " JOIN producer pr ON pr.id = p.producer_id WHERE rp.round_id = ?1),"
                        + " (SELECT COUNT(*) FROM sheet_revision r JOIN score_sheet s ON s.id = r.sheet_id JOIN round_product rp ON rp.id = s.round_product_id"
                        + " WHERE rp.round_id = ?1),"
                        + " (SELECT COUNT(*) + COALESCE(SUM(x.version), 0) FROM reference_score x JOIN round_product rp ON rp.id = x.round_product_id"
                        + " WHERE rp.round_id = ?1),"
                        + " (SELECT COUNT(*) FROM conflict_declaration d JOIN round_product rp ON rp.id = d.round_product_id WHERE rp.round_id = ?1),"
                        + " (SELECT COUNT(*) + COALESCE(SUM(u.version), 0) FROM council_member m JOIN council c ON c.id = m.council_id"
                        + " JOIN user_account u ON u.id = m.user_id WHERE c.round_id = ?1),"
                        + " (SELECT COUNT(*) + COALESCE(MAX(r.id), 0) FROM recognition_rule r WHERE r.regime_id = ?2)")
                .setParameter(1, round.getId()).setParameter(2, round.getRegime().getId()).getSingleResult();
        List<Object> fingerprint = new ArrayList<>();
        fingerprint.add(round.getVersion());
        fingerprint.add(round.getStatus());
        fingerprint.add(round.getCouncil() == null ? null : String.valueOf(round.getCouncil().getGateRule())
                + "/" + round.getCouncil().getMaxSpread());
        for (Object value : row) {
            fingerprint.add(value instanceof Number n ? (Object) new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                    : value == null ? null : value.toString());
        }
        return fingerprint;
    }

    private List<ResultView> compute(EvaluationRound round) {
        List<RoundProduct> products = em.createNamedQuery(RoundProduct.OF_ROUND, RoundProduct.class)
                .setParameter("round", round).getResultList();
        Map<Long, List<ScoreSheet>> sheets = em.createNamedQuery(ScoreSheet.OF_ROUND, ScoreSheet.class)
                .setParameter("round", round).getResultList().stream()
                .collect(Collectors.groupingBy(s -> s.getRoundProduct().getId()));
        // The choices as plain values: a city round has 176,000 of them, too many to build as entities.
        Map<Long, Map<Long, Long>> choices = new HashMap<>();
        em.createNamedQuery(ScoreChoice.VALUES_OF_ROUND, ChoiceValue.class).setParameter("round", round).getResultList()
                .forEach(c -> choices.computeIfAbsent(c.sheetId(), k -> new java.util.TreeMap<>()).put(c.criterionId(), c.optionId()));
        Map<Long, Long> revisions = em.createNamedQuery(SheetRevision.OF_ROUND, SheetRevision.class)
                .setParameter("round", round.getId()).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r.getSheet().getRoundProduct().getId(), Collectors.counting()));
        Map<Long, Map<ReferenceKind, Map<Long, Long>>> references = new HashMap<>();
        em.createNamedQuery(ReferenceScore.OF_ROUND, ReferenceScore.class).setParameter("round", round.getId()).getResultList()
                .forEach(r -> references.computeIfAbsent(r.getRoundProduct().getId(), k -> new HashMap<>()).put(r.getKind(), r.choices()));
        // The entities are read here; the rules then run on plain values, the products side by side
        // (a city round: 500 products of 11 sheets).
        Map<Long, Inputs> inputs = new HashMap<>();
        products.forEach(rp -> inputs.put(rp.getId(), inputs(rp, sheets.getOrDefault(rp.getId(), List.of()),
                sheet -> choices.getOrDefault(sheet.getId(), Map.of()))));
        Map<Long, Computed> computed = inputs.entrySet().parallelStream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().compute()));
        Map<Long, List<GateReason>> frozen = new HashMap<>();
        if (products.stream().anyMatch(RoundProduct::frozen)) {
            em.createNamedQuery(RoundProduct.GATES_OF_ROUND, FrozenGateRow.class).setParameter("round", round).getResultList()
                    .forEach(row -> frozen.computeIfAbsent(row.roundProductId(), k -> new ArrayList<>()).add(row.reason()));
        }
        return products.stream().map(rp -> result(rp, sheets.getOrDefault(rp.getId(), List.of()),
                revisions.getOrDefault(rp.getId(), 0L).intValue(), references.getOrDefault(rp.getId(), Map.of()),
                computed.get(rp.getId()), frozen.getOrDefault(rp.getId(), List.of()))).toList();
    }

    /**
     * The results as a viewer may see them ({@link EvaluationRound#resultVisibleTo}): a product still
     * sealed for them answers its name and nothing else.
     *
     * @param viewer the viewer's state per round product id ({@link #states}); null for someone who does not score
     */
    public List<ResultView> of(EvaluationRound round, Map<Long, ScoringState> viewer) {
        if (viewer != null && viewer.values().stream().noneMatch(round::resultVisibleTo)) {
            return em.createNamedQuery(RoundProduct.OF_ROUND, RoundProduct.class).setParameter("round", round).getResultList()
                    .stream().map(rp -> ResultView.sealed(RoundProductView.of(rp))).toList();
        }
        return of(round).stream().map(r -> viewer == null
                || round.resultVisibleTo(viewer.getOrDefault(r.product().id(), ScoringState.UNDECLARED)) ? r
                : ResultView.sealed(r.product())).toList();
    }

    /**
     * Where a council member stands with each product of their round (round product id → state), for
     * the seal; null for a member who does not score (the secretary), who is sealed only as the office.
     */
    public Map<Long, ScoringState> states(CouncilMember member) {
        if (!member.getRole().scores()) {
            return null;
        }
        Map<Long, List<ConflictDeclaration>> declarations = em.createNamedQuery(ConflictDeclaration.OF_MEMBER,
                        ConflictDeclaration.class).setParameter("member", member).getResultList().stream()
                .collect(Collectors.groupingBy(d -> d.getRoundProduct().getId()));
        Map<Long, ScoreSheet> sheets = new HashMap<>();
        em.createNamedQuery(ScoreSheet.OF_MEMBER, ScoreSheet.class).setParameter("member", member).getResultList()
                .forEach(s -> sheets.put(s.getRoundProduct().getId(), s));
        Map<Long, ScoringState> states = new HashMap<>();
        em.createNamedQuery(RoundProduct.OF_ROUND, RoundProduct.class).setParameter("round", member.getCouncil().getRound())
                .getResultList().forEach(rp -> states.put(rp.getId(),
                        ScoringState.of(declarations.getOrDefault(rp.getId(), List.of()), sheets.get(rp.getId()))));
        return states;
    }

    /** What the result rules need for one product, read from the entities: plain values only. */
    private record Inputs(SheetTree tree, List<MemberSheet> sheets, ResultRules rules, List<RecognitionRule> recognition,
                          EvaluationLevel level) {

        Computed compute() {
            if (sheets.isEmpty()) {
                return new Computed(null, null);
            }
            List<SheetScore> scores = sheets.stream().map(sheet -> SheetScore.of(tree, sheet)).toList();
            ProductResult result = ProductResult.of(tree, scores, rules);
            return new Computed(result, ConclusionProposal.of(recognition, level, result, true));
        }
    }

    private Inputs inputs(RoundProduct product, List<ScoreSheet> sheets, java.util.function.Function<ScoreSheet, Map<Long, Long>> choices) {
        EvaluationRound round = product.getRound();
        List<RecognitionRule> rules = effective(product, round.getRegime().getRules());
        return new Inputs(forms.form(product.getSheetId()).choices().tree(), sheets.stream().filter(ScoreSheet::counts)
                .map(s -> new MemberSheet(s.getMember().getId(), choices.apply(s))).toList(), ResultRules.of(round.getCouncil()), rules,
                round.getLevel());
    }

    /** The result of one product, with the live computation behind it (null result without sheets). */
    public Computed compute(RoundProduct product, List<ScoreSheet> sheets) {
        return inputs(product, sheets, ScoreSheet::choices).compute();
    }

    /** A live result and the rules' proposal for it; both null while no sheet counts. */
    public record Computed(ProductResult result, ConclusionProposal proposal) {
    }

    /** The quorum of the round's council as it stands (from the sheets' and declarations' plain values). */
    public QuorumView quorum(EvaluationRound round) {
        Council council = round.getCouncil();
        List<CouncilMember> members = council.scoringMembers();
        List<SheetStanding> standings = standings(round);
        Set<Long> drafting = standings.stream().filter(SheetStanding::drafting).map(SheetStanding::memberId)
                .collect(Collectors.toSet());
        Set<Long> present = present(standings, declarations(round));
        Quorum quorum = new Quorum(council.getQuorumPercent(), 100, council.isChairRequired());
        boolean chairPresent = council.chair().map(c -> present.contains(c.getId())).orElse(false);
        int count = (int) members.stream().filter(m -> present.contains(m.getId())).count();
        return new QuorumView(members.size(), count, quorum.required(members.size()), council.isChairRequired(), chairPresent,
                drafting.size(), quorum.met(members.size(), count, chairPresent));
    }

    /**
     * The members present for the quorum (ids): those who submitted a sheet that counts or declared a
     * conflict of interest for a product of the round. The minutes list them as present.
     */
    public Set<Long> present(EvaluationRound round) {
        return present(standings(round), declarations(round));
    }

    private static Set<Long> present(List<SheetStanding> standings, List<DeclarationRow> declarations) {
        Set<Long> present = new HashSet<>();
        standings.stream().filter(SheetStanding::counts).forEach(s -> present.add(s.memberId()));
        declarations.stream().filter(DeclarationRow::isConflict).forEach(d -> present.add(d.memberId()));
        return present;
    }

    /** Where every sheet of the round stands, in plain values. */
    public List<SheetStanding> standings(EvaluationRound round) {
        return em.createNamedQuery(ScoreSheet.STANDINGS_OF_ROUND, SheetStanding.class).setParameter("round", round).getResultList();
    }

    /** Every declaration of the round in the order made, in plain values. */
    public List<DeclarationRow> declarations(EvaluationRound round) {
        return em.createNamedQuery(ConflictDeclaration.ROWS_OF_ROUND, DeclarationRow.class).setParameter("round", round)
                .getResultList();
    }

    private static List<RecognitionRule> effective(RoundProduct product, List<RecognitionRule> rules) {
        var commune = product.getProduct().getProducer().getCommune();
        Long district = commune.getParent() == null ? commune.getId() : commune.getParent().getId();
        return RecognitionRules.effective(rules, district, product.getRound().getStartsOn());
    }

    private ResultView result(RoundProduct rp, List<ScoreSheet> sheets, int revisions, Map<ReferenceKind, Map<Long, Long>> references,
                              Computed computed, List<GateReason> frozenGates) {
        RoundProductView view = RoundProductView.of(rp);
        SheetChoices form = forms.form(rp.getSheetId()).choices();
        Map<Long, Long> self = references.get(ReferenceKind.SELF_ASSESSMENT);
        Map<Long, Long> advisory = references.get(ReferenceKind.ADVISORY);
        BigDecimal selfTotal = self == null ? null : form.totals(self).total();
        BigDecimal advisoryTotal = advisory == null ? null : form.totals(advisory).total();
        ProductResult result = computed.result();
        List<ResultView.CriterionMean> criteria = criteria(form, result, self, advisory);
        if (rp.frozen()) {
            return new ResultView(view, rp.getMembers(), rp.getMean(), rp.getPartA(), rp.getPartB(), rp.getPartC(),
                    rp.getBandStars(), rp.getStars(), frozenGates, rp.getGatedBy(), List.of(), rp.getConclusion(),
                    rp.getForwardTo(), true, rp.getConclusion(), rp.getConclusionNote(), true, null, true, revisions, criteria,
                    selfTotal, advisoryTotal, false);
        }
        if (result == null) {
            return new ResultView(view, 0, null, null, null, null, null, null, List.of(), null, List.of(), null, null, true,
                    rp.getConclusion(), rp.getConclusionNote(), rp.getConclusion() != null, null, false, revisions, criteria,
                    selfTotal, advisoryTotal, false);
        }
        Map<Long, String> names = new HashMap<>();
        sheets.forEach(s -> names.put(s.getMember().getId(), s.getMember().getUser().getFullName()));
        List<ResultView.Spread> spreads = new ArrayList<>();
        result.memberSpreads().forEach(s -> spreads.add(new ResultView.Spread(s.memberId(), names.get(s.memberId()), null,
                s.total(), s.othersMean(), s.difference())));
        result.criterionSpreads().forEach(s -> spreads.add(new ResultView.Spread(s.memberId(), names.get(s.memberId()),
                s.criterion(), s.points(), s.othersMean(), s.difference())));
        ConclusionProposal proposal = computed.proposal();
        return new ResultView(view, result.members(), result.mean(), result.partA(), result.partB(), result.partC(),
                result.bandStars(), result.stars(), result.gatedBy().stream().map(GateReason::of).toList(),
                GateReason.text(result.gatedBy()), spreads,
                proposal.conclusion(), proposal.forwardTo(), proposal.certain(), rp.conclusionOr(proposal), rp.getConclusionNote(),
                rp.getConclusion() != null, result.advice(), false, revisions, criteria, selfTotal, advisoryTotal, false);
    }

    /** Per criterion of the sheet: the council's mean (when scored), the self-assessment's and the pre-score's points. */
    private static List<ResultView.CriterionMean> criteria(SheetChoices form, ProductResult result, Map<Long, Long> self,
                                                           Map<Long, Long> advisory) {
        SheetTree tree = form.tree();
        Map<Long, Map<Long, BigDecimal>> options = new HashMap<>();
        form.criteria().forEach(c -> options.put(c.id(), c.options()));
        List<ResultView.CriterionMean> criteria = new ArrayList<>();
        for (var criterion : SheetScore.criteria(tree)) {
            BigDecimal mean = result == null ? null : result.criterionMeans().get(criterion.id());
            BigDecimal own = points(options, self, criterion.id());
            BigDecimal pre = points(options, advisory, criterion.id());
            if (mean != null || own != null || pre != null) {
                criteria.add(new ResultView.CriterionMean(criterion.id(), criterion.path(), mean, SheetScore.maximum(criterion), own, pre));
            }
        }
        return criteria;
    }

    private static BigDecimal points(Map<Long, Map<Long, BigDecimal>> options, Map<Long, Long> choices, long criterionId) {
        if (choices == null || !choices.containsKey(criterionId)) {
            return null;
        }
        return options.getOrDefault(criterionId, Map.of()).get(choices.get(criterionId));
    }
}
