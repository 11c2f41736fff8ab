package vn.ocop.rating.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.control.ProductResult;
import vn.ocop.rating.control.ResultRules;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.ScoreSheet;
import vn.ocop.rating.entity.ScoringState;
import vn.ocop.rating.entity.SheetRevision;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.util.List;
import java.util.Map;

/**
 * The results of a round: per product the council's mean, parts, class, the
 * star marks that lowered it, the members beyond the spread, the rules' proposal and the council's
 * conclusion; the quorum; the chair's request for a re-score (the history keeps both sheets); the
 * office recording the council's conclusion per product. Sealed like the sheets: nobody sees a
 * result before the chair opened them; a council member only for a round they sit on, and each
 * product's result only once their own sheet for it is submitted (or a conflict declared): the other
 * products answer sealed, without figures. A sheet whose result its member may have seen is never
 * reopened, so the chair's re-score is possible only before the results are opened.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COUNCIL, Roles.LEADER, Roles.ADMIN})
public class Results {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoundResults results;

    @Inject
    Acting acting;

    @Resource
    SessionContext context;

    /** The results of the round, once the chair opened them (a council member: of a round they sit on). */
    public List<ResultView> results(long roundId) {
        EvaluationRound round = Records.find(em, EvaluationRound.class, roundId);
        Map<Long, ScoringState> viewer = context.isCallerInRole(Roles.COUNCIL) ? results.states(member(roundId)) : null;
        if (!round.resultVisibleTo(null)) {
            throw new BusinessException("rating.scoring.sealed");
        }
        return results.of(round, viewer);
    }

    /** When the round's council meets a star mark (for the same readers as the results). */
    public GateRule gateRule(long roundId) {
        EvaluationRound round = Records.find(em, EvaluationRound.class, roundId);
        if (context.isCallerInRole(Roles.COUNCIL)) {
            member(roundId);
        }
        return ResultRules.of(round.getCouncil()).gateRule();
    }

    /** The quorum as it stands (for the office and the council: who is present, whether the round may conclude). */
    public QuorumView quorum(long roundId) {
        EvaluationRound round = Records.find(em, EvaluationRound.class, roundId);
        if (context.isCallerInRole(Roles.COUNCIL)) {
            member(roundId);
        }
        if (round.getCouncil() == null) {
            throw new BusinessException("rating.council.none");
        }
        return results.quorum(round);
    }

    /**
     * The office records the council's conclusion for a product: the rules' proposal, or less
     * (return for completion, not recognised) with the reason; while the round is scoring and the
     * results are open.
     */
    @RolesAllowed(Roles.OFFICER)
    public ResultView decide(long roundId, long productId, long roundVersion, Conclusion conclusion, String note) {
        EvaluationRound round = Records.find(em, EvaluationRound.class, roundId);
        Records.requireVersion(round.getVersion(), roundVersion);
        RoundProduct product = RoundAccess.product(em, roundId, productId);
        List<ScoreSheet> sheets = em.createNamedQuery(ScoreSheet.OF_ROUND_PRODUCT, ScoreSheet.class)
                .setParameter("roundProduct", product).getResultList();
        RoundResults.Computed computed = results.compute(product, sheets);
        if (computed.proposal() == null) {
            throw new BusinessException(ProductResult.NO_SHEETS);
        }
        em.lock(round, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        String before = product.auditState();
        product.decide(conclusion, computed.proposal(), note);
        em.flush();
        acting.audit("CONCLUSION_RECORDED", product, before, note);
        return results.of(round).stream().filter(r -> r.product().productId() == productId).findFirst().orElseThrow();
    }

    /**
     * The chair asks a member to score a product again (their total strays, a criterion was misread):
     * the submitted sheet goes to the history and reopens as the member's draft. Audited with the reason.
     */
    @RolesAllowed(Roles.COUNCIL)
    public void requestRescore(long roundId, long productId, long memberId, String reason) {
        CouncilMember chair = member(roundId);
        if (chair.getRole() != MemberRole.CHAIR) {
            throw new BusinessException("rating.rescore.chairOnly");
        }
        RoundProduct product = RoundAccess.product(em, roundId, productId);
        ScoreSheet sheet = em.createNamedQuery(ScoreSheet.OF_ROUND_PRODUCT, ScoreSheet.class)
                .setParameter("roundProduct", product).getResultList().stream()
                .filter(s -> s.getMember().getId() == memberId).findFirst()
                .orElseThrow(() -> new BusinessException("rating.rescore.notSubmitted"));
        em.lock(product.getRound(), LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        String before = sheet.auditState();
        var total = results.compute(product, List.of(sheet)).result();
        SheetRevision revision = sheet.reopen(total == null ? java.math.BigDecimal.ZERO : total.mean(),
                chair.getUser().getUsername(), reason, acting.now());
        em.persist(revision);
        em.flush();
        acting.audit("RESCORE_REQUESTED", sheet, before, revision.getReason());
    }

    private CouncilMember member(long roundId) {
        return RoundAccess.seat(em, roundId, context.getCallerPrincipal().getName());
    }
}
