package vn.ocop.rating.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.ReferenceKind;
import vn.ocop.rating.entity.ReferenceScore;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scores beside the council's: the producer's self-assessment, keyed by the office
 * from the dossier, and the advisory group's pre-score, keyed by a member of the round's advisory
 * group from its queue. Each is one complete sheet per product of a round, changed until the round
 * is concluded, and shown side by side with the council's mean per criterion in the results.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COUNCIL})
public class ReferenceScores {

    @PersistenceContext
    EntityManager em;

    @Inject
    ScoringForms forms;

    @Inject
    Acting acting;

    @Resource
    SessionContext context;

    /** The products of the rounds not concluded whose advisory group the caller belongs to, with their pre-score. */
    public List<AdvisoryQueueItem> queue() {
        List<EvaluationRound> rounds = em.createQuery("SELECT a.council.round FROM AdvisoryMember a WHERE a.user.username = :me"
                        + " AND a.council.round.status <> :concluded ORDER BY a.council.round.startsOn DESC", EvaluationRound.class)
                .setParameter("me", me()).setParameter("concluded", RoundStatus.CONCLUDED).getResultList();
        List<AdvisoryQueueItem> items = new ArrayList<>();
        for (EvaluationRound round : rounds) {
            List<ReferenceScore> scores = scores(round.getId());
            for (RoundProduct product : em.createNamedQuery(RoundProduct.OF_ROUND, RoundProduct.class)
                    .setParameter("round", round).getResultList()) {
                var pre = scores.stream().filter(s -> s.getKind() == ReferenceKind.ADVISORY
                        && s.getRoundProduct().getId().equals(product.getId())).findFirst()
                        .map(s -> forms.form(product.getSheetId()).choices().totals(s.choices()).total()).orElse(null);
                items.add(new AdvisoryQueueItem(RoundView.of(round), RoundProductView.of(product), pre));
            }
        }
        return items;
    }

    /** The self-assessment (the office) or the pre-score (the office, the round's advisory group) of a product. */
    public ReferenceSheetView sheet(long roundId, long productId, ReferenceKind kind) {
        RoundProduct product = RoundAccess.product(em, roundId, productId);
        boolean editable = mayRecord(product, kind) && product.getRound().getStatus() != RoundStatus.CONCLUDED;
        if (!editable && !context.isCallerInRole(Roles.OFFICER)) {
            throw Records.notFound();
        }
        return view(product, kind, find(product, kind), editable);
    }

    /** Records the sheet (every criterion); the self-assessment by the office, the pre-score by the round's advisory group. */
    public ReferenceSheetView record(long roundId, long productId, ReferenceKind kind, long version, Map<Long, Long> choices) {
        RoundProduct product = RoundAccess.product(em, roundId, productId);
        if (kind == null) {
            throw BusinessException.onField("kind", "error.required");
        }
        if (!mayRecord(product, kind)) {
            throw Records.notFound();
        }
        ReferenceScore score = find(product, kind);
        boolean created = score == null;
        String before = created ? null : score.auditState();
        if (created) {
            score = new ReferenceScore(product, kind);
        }
        score.record(forms.form(product.getSheetId()).choices(), choices, version, me(), acting.now());
        if (created) {
            em.persist(score);
        }
        UniqueValues.flush(em, new BusinessException("error.concurrentChange"));
        acting.audit(kind == ReferenceKind.ADVISORY ? "PRE_SCORE_RECORDED" : "SELF_ASSESSMENT_RECORDED", score, before, null);
        return view(product, kind, score, true);
    }

    private boolean mayRecord(RoundProduct product, ReferenceKind kind) {
        if (kind == ReferenceKind.SELF_ASSESSMENT) {
            return context.isCallerInRole(Roles.OFFICER);
        }
        return product.getRound().getCouncil() != null && product.getRound().getCouncil().getAdvisors().stream()
                .anyMatch(a -> a.getUser().getUsername().equals(me()));
    }

    private ReferenceSheetView view(RoundProduct product, ReferenceKind kind, ReferenceScore score, boolean editable) {
        SheetForm form = forms.form(product.getSheetId());
        SheetChoices choices = form.choices();
        Map<Long, Long> chosen = score == null ? Map.of() : score.choices();
        return new ReferenceSheetView(RoundView.of(product.getRound()), RoundProductView.of(product), kind, form, chosen,
                choices.totals(chosen), score == null ? 0 : score.getVersion(), score == null ? null : score.getEnteredBy(),
                score == null ? null : score.getEnteredAt(), editable);
    }

    private List<ReferenceScore> scores(long roundId) {
        return em.createNamedQuery(ReferenceScore.OF_ROUND, ReferenceScore.class).setParameter("round", roundId).getResultList();
    }

    private ReferenceScore find(RoundProduct product, ReferenceKind kind) {
        return scores(product.getRound().getId()).stream()
                .filter(s -> s.getKind() == kind && s.getRoundProduct().getId().equals(product.getId())).findFirst().orElse(null);
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }
}
