package vn.ocop.rating.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.rating.entity.Council;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;

import java.util.List;
import java.util.function.Consumer;

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
    RoundResults results;

    private RoundAccess access;

    @PostConstruct
    void prepare() {
        access = new RoundAccess(em, results);
    }

    /** Records the decision that established the council, its quorum and its spread. */
    public RoundDetails establishCouncil(long roundId, long version, CouncilForm form) {
        return change(roundId, version, "COUNCIL_ESTABLISHED", council -> council.establish(form.getDecisionNumber(),
                form.getDecisionDate(), form.getQuorumPercent(), form.isChairRequired(), form.getMaxSpread(), form.getGateRule()));
    }

    /** Appoints a council member from the council accounts. */
    public RoundDetails appoint(long roundId, long version, long userId, MemberRole role, String position) {
        return change(roundId, version, "COUNCIL_MEMBER_APPOINTED",
                council -> council.appoint(em.find(UserAccount.class, userId), role, position));
    }

    public RoundDetails dismiss(long roundId, long version, long memberId) {
        return change(roundId, version, "COUNCIL_MEMBER_DISMISSED", council -> council.dismiss(
                council.getMembers().stream().filter(m -> m.getId() == memberId).findFirst()
                        .orElseThrow(Records::notFound)));
    }

    /** Adds a member of the advisory group (an officer's or a council member's account). */
    public RoundDetails addAdvisor(long roundId, long version, long userId, boolean lead, String position) {
        return change(roundId, version, "ADVISOR_ADDED",
                council -> council.addAdvisor(em.find(UserAccount.class, userId), lead, position));
    }

    public RoundDetails removeAdvisor(long roundId, long version, long advisorId) {
        return change(roundId, version, "ADVISOR_REMOVED", council -> council.removeAdvisor(
                council.getAdvisors().stream().filter(a -> a.getId() == advisorId).findFirst()
                        .orElseThrow(Records::notFound)));
    }

    /** The accounts that may sit on a council (council members) or its advisory group (council members, officers). */
    public List<PersonView> people() {
        return em.createNamedQuery(CouncilMember.PEOPLE, UserAccount.class).setParameter("roles", List.of(Role.COUNCIL, Role.OFFICER))
                .getResultList().stream().map(u -> new PersonView(u.getId(), u.getUsername(), u.getFullName(), u.getRole()))
                .toList();
    }

    /** The change made to the council of a round the page holds at that version, audited, read back as the page shows it. */
    private RoundDetails change(long roundId, long version, String action, Consumer<Council> change) {
        EvaluationRound round = access.changing(roundId, version);
        Council council = round.getCouncil();
        String before = council.auditState();
        change.accept(council);
        UniqueValues.flush(em, new BusinessException("rating.council.alreadyMember", "-"));
        audit.change(action, council, before, null);
        return access.details(round);
    }
}
