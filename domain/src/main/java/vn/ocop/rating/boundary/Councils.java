package vn.ocop.rating.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.rating.entity.AdvisoryMember;
import vn.ocop.rating.entity.Council;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;

import java.util.List;

/**
 * A round's council as the office sets it up: the decision that established it with its quorum, spread and star-mark
 * rule, the members it appoints and dismisses, and the advisory group. Each change raises the round's version (open
 * pages of the round become stale) and is audited.
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class Councils {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RoundAccess access;

    /** Records the decision that established the council, its quorum and its spread. */
    @RolesAllowed(Roles.OFFICER)
    public RoundDetails establishCouncil(long roundId, long version, CouncilForm form) {
        EvaluationRound round = access.changing(roundId, version);
        Council council = round.getCouncil();
        String before = council.auditState();
        if (form.getQuorumPercent() == null) {
            throw BusinessException.onField("quorumPercent", "error.required");
        }
        council.establish(form.getDecisionNumber(), form.getDecisionDate(), form.getQuorumPercent(), form.isChairRequired(),
                form.getMaxSpread(), form.getGateRule());
        return councilChanged(round, "COUNCIL_ESTABLISHED", before);
    }

    /** Appoints a council member from the council accounts. */
    @RolesAllowed(Roles.OFFICER)
    public RoundDetails appoint(long roundId, long version, long userId, MemberRole role, String position) {
        EvaluationRound round = access.changing(roundId, version);
        Council council = round.getCouncil();
        String before = council.auditState();
        UserAccount user = em.find(UserAccount.class, userId);
        council.appoint(user, role, position);
        return councilChanged(round, "COUNCIL_MEMBER_APPOINTED", before);
    }

    @RolesAllowed(Roles.OFFICER)
    public RoundDetails dismiss(long roundId, long version, long memberId) {
        EvaluationRound round = access.changing(roundId, version);
        Council council = round.getCouncil();
        String before = council.auditState();
        CouncilMember member = council.getMembers().stream().filter(m -> m.getId() == memberId).findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound"));
        council.dismiss(member);
        return councilChanged(round, "COUNCIL_MEMBER_DISMISSED", before);
    }

    /** Adds a member of the advisory group (an officer's or a council member's account). */
    @RolesAllowed(Roles.OFFICER)
    public RoundDetails addAdvisor(long roundId, long version, long userId, boolean lead, String position) {
        EvaluationRound round = access.changing(roundId, version);
        Council council = round.getCouncil();
        String before = council.auditState();
        council.addAdvisor(em.find(UserAccount.class, userId), lead, position);
        return councilChanged(round, "ADVISOR_ADDED", before);
    }

    @RolesAllowed(Roles.OFFICER)
    public RoundDetails removeAdvisor(long roundId, long version, long advisorId) {
        EvaluationRound round = access.changing(roundId, version);
        Council council = round.getCouncil();
        String before = council.auditState();
        AdvisoryMember advisor = council.getAdvisors().stream().filter(a -> a.getId() == advisorId).findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound"));
        council.removeAdvisor(advisor);
        return councilChanged(round, "ADVISOR_REMOVED", before);
    }

    /** The accounts that may sit on a council (council members) or its advisory group (council members, officers). */
    @RolesAllowed(Roles.OFFICER)
    public List<PersonView> people() {
        return em.createNamedQuery(CouncilMember.PEOPLE, UserAccount.class).setParameter("roles", List.of(Role.COUNCIL, Role.OFFICER))
                .getResultList().stream().map(u -> new PersonView(u.getId(), u.getUsername(), u.getFullName(), u.getRole()))
                .toList();
    }

    private RoundDetails councilChanged(EvaluationRound round, String action, String before) {
        UniqueValues.flush(em, new BusinessException("rating.council.alreadyMember", "-"));
        audit.change(action, round.getCouncil(), before, null);
        return access.details(round);
    }
}
