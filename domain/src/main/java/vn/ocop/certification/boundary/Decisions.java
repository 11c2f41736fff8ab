package vn.ocop.certification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.control.Issuers;
import vn.ocop.certification.control.Wording;
import vn.ocop.certification.entity.Decision;
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.geography.control.DeploymentBody;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.certification.entity.DecisionKind;
import vn.ocop.certification.entity.DecisionProduct;
import vn.ocop.certification.entity.DecisionTemplate;
import vn.ocop.certification.entity.DecisionText;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The People's Committee's decisions, drafted and approved: a recognition decision drafted by the office from a
 * concluded district round (its products that the council concluded to recognise, with their frozen results), edited,
 * approved by a leader or sent back to the office, and the wording templates of each regime. Issuing it (number,
 * certificates, printing) is {@link DecisionIssuing}'s; drafting a revocation is {@link Revocations}'. Leaders and
 * administrators read everything.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
public class Decisions {

    private static final Set<Conclusion> RECOGNISED = EnumSet.of(Conclusion.RECOGNISE, Conclusion.RECOGNISE_AND_FORWARD);

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    IssuingBodies bodies;

    private DecisionAccess access;

    @PostConstruct
    void prepare() {
        access = new DecisionAccess(em, acting);
    }

    /** The concluded district rounds with products to recognise, the latest first, and the decision drafted from each. */
    public List<RoundToRecognise> rounds() {
        List<RoundToRecognise> rounds = new ArrayList<>();
        for (EvaluationRound round : em.createNamedQuery(EvaluationRound.ALL, EvaluationRound.class).getResultList()) {
            if (round.getStatus() != RoundStatus.CONCLUDED || recognising(round).isEmpty()) {
                continue;
            }
            long recognised = round.getProducts().stream().filter(p -> RECOGNISED.contains(p.getConclusion())).count();
            if (recognised > 0) {
                Long decision = recognitionOf(round).map(Decision::getId).orElse(null);
                rounds.add(new RoundToRecognise(round.getId(), round.getTitle(), round.getYear(), round.getEndsOn(), recognised,
                        decision));
            }
        }
        return rounds;
    }

    /**
     * Drafts the recognition decision of a concluded round, by the body that recognises its level's products under its
     * regime ({@link Issuers#recognising}), which must recognise every class of it: the products the council concluded to
     * recognise, with the class the council found (its frozen result), grouped by class; the wording from the
     * template of the round's regime. One recognition decision per round.
     */
    @RolesAllowed(Roles.OFFICER)
    public DecisionDetails draft(long roundId) {
        EvaluationRound round = Records.find(em, EvaluationRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round.getStatus() != RoundStatus.CONCLUDED) {
            throw new BusinessException("certification.draft.roundNotConcluded");
        }
        IssuingBody body = recognising(round)
                .orElseThrow(() -> new BusinessException("certification.draft.noIssuingBody"));
        if (recognitionOf(round).isPresent()) {
            throw new BusinessException("certification.draft.exists");
        }
        List<RoundProduct> recognised = em.createNamedQuery(RoundProduct.OF_ROUND, RoundProduct.class).setParameter("round", round)
                .getResultList().stream().filter(p -> RECOGNISED.contains(p.getConclusion()) && p.getStars() != null).toList();
        if (recognised.isEmpty()) {
            throw new BusinessException("certification.draft.nothingRecognised");
        }
        TreeMap<Integer, Long> classes = new TreeMap<>();
        Set<Long> producers = new LinkedHashSet<>();
        recognised.forEach(p -> {
            classes.merge(p.getStars(), 1L, Long::sum);
            producers.add(p.getProduct().getProducer().getId());
        });
        body.requireMayRecognise(round.getRegime().getCode(), classes.keySet(), round.getEndsOn());
        DecisionText text = body.confersClass(round.getRegime().getCode())
                ? Wording.recognition(access.template(round.getRegime().getCode()), body.lines(), round.getYear(), producers.size(), classes)
                : Wording.localRecognition(access.template(round.getRegime().getCode()), body.lines(), round.getYear(), producers.size(),
                        classes, proposedTo(body, round.getRegime().getCode()));
        Decision decision = Decision.recognition(round, body, text, acting.now(), acting.caller().username());
        recognised.stream().sorted((a, b) -> Integer.compare(b.getStars(), a.getStars()))
                .forEach(p -> decision.add(line(p.getProduct(), null, p.getMean(), p.getStars(),
                        Wording.note(p.getProduct().getRegistrationType()))));
        em.persist(decision);
        em.flush();
        acting.audit("DECISION_DRAFTED", decision, null, null);
        return access.details(decision);
    }

    /** The body a recognition at the body's own level proposes the classes to (the City for the former district). */
    private String proposedTo(IssuingBody body, String regime) {
        return body.role(regime).map(r -> r.getForwardsTo()).filter(code -> !vn.ocop.geography.entity.BodyRole.CENTRAL.equals(code))
                .map(code -> bodies.find(code).getShortName()).orElse("cấp có thẩm quyền");
    }

    /** The body that recognises the products of the round ({@link Issuers#recognising}). */
    private Optional<IssuingBody> recognising(EvaluationRound round) {
        return Issuers.recognising(bodies.all(), round.getLevel(), round.getRegime().getCode(), round.getEndsOn(),
                DeploymentBody.code());
    }

    /** Changes the wording of a draft read at {@code version}. */
    @RolesAllowed(Roles.OFFICER)
    public DecisionDetails edit(long id, long version, DecisionText text) {
        return access.change(id, version, "DECISION_EDITED", null, d -> d.edit(text));
    }

    /** Throws a draft away (e.g. to draft it again from the round). */
    @RolesAllowed(Roles.OFFICER)
    public void discard(long id, long version) {
        Decision decision = access.current(id, version);
        decision.requireDraft();
        acting.audit("DECISION_DISCARDED", decision, decision.auditState(), null);
        em.remove(decision);
        Records.flush(em);
    }

    /** A leader approves the draft as it stands (it names its signer). */
    @RolesAllowed(Roles.LEADER)
    public DecisionDetails approve(long id, long version) {
        return access.change(id, version, "DECISION_APPROVED", null, d -> d.approve(acting.now(), acting.caller().username()));
    }

    /** The leader sends a draft or approved decision back to the office with the reason, which the office then sees. */
    @RolesAllowed(Roles.LEADER)
    public DecisionDetails sendBack(long id, long version, String reason) {
        return access.change(id, version, "DECISION_SENT_BACK", reason, d -> d.sendBack(reason, acting.now(), acting.caller().username()));
    }

    /** Sends an approved decision back to the office to be changed (the approval no longer holds). */
    @RolesAllowed({Roles.LEADER, Roles.OFFICER})
    public DecisionDetails reopen(long id, long version, String reason) {
        return access.change(id, version, "DECISION_REOPENED", reason, Decision::reopen);
    }

    /** The decisions, the latest first: drafts on top, then by number. */
    public Page<DecisionView> list(int first, int size) {
        List<Decision> page = em.createQuery("SELECT d FROM Decision d ORDER BY d.status, d.signedOn DESC, d.sequence DESC,"
                + " d.id DESC", Decision.class).setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, Long> counts = page.isEmpty() ? Map.of() : em.createQuery("SELECT NEW vn.ocop.certification.boundary.DecisionSize("
                        + "p.decision.id, COUNT(p)) FROM DecisionProduct p WHERE p.decision IN :page GROUP BY p.decision.id", DecisionSize.class)
                .setParameter("page", page).getResultStream().collect(Collectors.toMap(DecisionSize::decision, DecisionSize::products));
        List<DecisionView> items = page.stream()
                .map(d -> DecisionView.of(d, counts.getOrDefault(d.getId(), 0L).intValue())).toList();
        long total = em.createQuery("SELECT COUNT(d) FROM Decision d", Long.class).getSingleResult();
        return new Page<>(items, total);
    }

    public DecisionDetails decision(long id) {
        return access.details(access.find(id));
    }

    @RolesAllowed(Roles.OFFICER)
    public TemplateView saveTemplate(String regime, long version, String legalBases, String proposer, String unitInCharge,
                                     String recipients) {
        DecisionTemplate template = access.template(regime);
        Records.requireVersion(template.getVersion(), version);
        String before = template.auditState();
        template.change(legalBases, proposer, unitInCharge, recipients);
        Records.flush(em);
        acting.audit("DECISION_TEMPLATE_CHANGED", template, before, null);
        return TemplateView.of(template);
    }

    private java.util.Optional<Decision> recognitionOf(EvaluationRound round) {
        return em.createNamedQuery(Decision.OF_ROUND, Decision.class).setParameter("round", round)
                .setParameter("kind", DecisionKind.RECOGNITION).getResultStream().findFirst();
    }

    private DecisionProduct.Line line(Product product, Long certificateId, java.math.BigDecimal score, int stars, String note) {
        Producer producer = product.getProducer();
        AdministrativeUnit commune = producer.getCommune();
        String address = producer.getAddress() == null ? commune.getName()
                : vn.ocop.shared.control.VietnameseText.searchKey(producer.getAddress())
                        .contains(vn.ocop.shared.control.VietnameseText.searchKey(commune.getName()))
                        ? producer.getAddress() : producer.getAddress() + ", " + commune.getName();
        String set = product.getProductSet().getCode() + " " + product.getProductSet().getName();
        return new DecisionProduct.Line(product, commune.getId(), certificateId, product.getName(), producer.getName(),
                address.length() > 500 ? address.substring(0, 500) : address, set.length() > 300 ? set.substring(0, 300) : set,
                score, stars, note);
    }
}
