package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.control.GateRule;
import vn.ocop.rating.entity.AdvisoryMember;
import vn.ocop.rating.entity.Council;
import vn.ocop.rating.entity.CouncilMember;
import vn.ocop.rating.entity.MemberRole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A round's council: the decision that established it, its quorum (% of the scoring members,
 * with or without the chair), spread and star-mark rule, its members and advisory group, and whether it is ready
 * to score (decision, chair, a member who scores).
 */
public record CouncilView(String decisionNumber, LocalDate decisionDate, int quorumPercent, boolean chairRequired,
                          BigDecimal maxSpread, GateRule gateRule, List<Member> members, List<Advisor> advisors, boolean ready) implements Serializable {

    public record Member(long id, long userId, String username, String name, MemberRole role, String position) implements Serializable {

        static Member of(CouncilMember m) {
            return new Member(m.getId(), m.getUser().getId(), m.getUser().getUsername(), m.getUser().getFullName(),
                    m.getRole(), m.getPosition());
        }
    }

    public record Advisor(long id, long userId, String username, String name, boolean lead, String position) implements Serializable {

        static Advisor of(AdvisoryMember a) {
            return new Advisor(a.getId(), a.getUser().getId(), a.getUser().getUsername(), a.getUser().getFullName(),
                    a.isLead(), a.getPosition());
        }
    }

    public static CouncilView of(Council council) {
        return new CouncilView(council.getDecisionNumber(), council.getDecisionDate(), council.getQuorumPercent(),
                council.isChairRequired(), council.getMaxSpread(), council.getGateRule(), council.getMembers().stream().map(Member::of).toList(),
                council.getAdvisors().stream().map(Advisor::of).toList(), council.ready());
    }
}
