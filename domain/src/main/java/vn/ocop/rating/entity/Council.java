package vn.ocop.rating.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.rating.control.GateRule;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The council (hội đồng đánh giá, phân hạng) of a round as the People's Committee's decision set it
 * up (number and date), the local rules it works by (quorum, spread), its members taken from the
 * user accounts of council members, and its advisory group (tổ tư vấn). Its make-up is fixed once
 * the round is being scored.
 */
@Entity
@Table(name = "council")
public class Council implements Auditable {

    /** Three quarters of the members, with the chair (Tây Ninh's rules; configurable). */
    public static final int DEFAULT_QUORUM_PERCENT = 75;
    /** Members' scores may not differ by more than 10 points (provincial rules; configurable). */
    public static final BigDecimal DEFAULT_SPREAD = BigDecimal.TEN;
    public static final int MAX_NUMBER = 50;
    public static final int MAX_POSITION = 200;

    @Id
    @SequenceGenerator(name = "seq_council", sequenceName = "seq_council", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_council")
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private EvaluationRound round;

    @Column(name = "decision_number", length = MAX_NUMBER)
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent = DEFAULT_QUORUM_PERCENT;

    @Column(name = "chair_required", nullable = false)
    private boolean chairRequired = true;

    @Column(name = "max_spread", nullable = false, precision = 5, scale = 2)
    private BigDecimal maxSpread = DEFAULT_SPREAD;

    /** When the council meets a star mark: by the majority of the sheets (default), the mean, or unanimously. */
    @Enumerated(EnumType.STRING)
    @Column(name = "gate_rule", nullable = false, length = 16)
    private GateRule gateRule = GateRule.DEFAULT;

    @OneToMany(mappedBy = "council", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CouncilMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "council", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AdvisoryMember> advisors = new ArrayList<>();

    protected Council() {
    }

    Council(EvaluationRound round) {
        this.round = round;
    }

    /**
     * Records the decision that established the council and its rules: the quorum in % of the
     * scoring members (with or without the chair required) and the spread beyond which a member's
     * total is flagged.
     */
    public void establish(String number, LocalDate date, int quorumPercent, boolean chairRequired, BigDecimal maxSpread) {
        establish(number, date, quorumPercent, chairRequired, maxSpread, GateRule.DEFAULT);
    }

    /**
     * As above, with the rule by which the council meets a star mark ({@link GateRule}). Every problem is reported at
     * once, each on its field, in the order of the form.
     */
    public void establish(String number, LocalDate date, Integer quorumPercent, boolean chairRequired, BigDecimal maxSpread,
                          GateRule rule) {
        round.requireOpen();
        Checks.all(
                () -> VietnameseText.required("decisionNumber", number, MAX_NUMBER),
                () -> {
                    if (date == null) {
                        throw BusinessException.onField("decisionDate", "error.required");
                    }
                    if (date.isAfter(round.getEndsOn())) {
                        throw BusinessException.onField("decisionDate", "rating.council.decisionDate");
                    }
                },
                () -> {
                    if (quorumPercent == null) {
                        throw BusinessException.onField("quorumPercent", "error.required");
                    }
                    if (quorumPercent < 1 || quorumPercent > 100) {
                        throw BusinessException.onField("quorumPercent", "rating.council.quorum");
                    }
                },
                () -> {
                    if (maxSpread == null) {
                        throw BusinessException.onField("maxSpread", "error.required");
                    }
                    if (maxSpread.signum() <= 0 || maxSpread.compareTo(BigDecimal.valueOf(100)) > 0) {
                        throw BusinessException.onField("maxSpread", "rating.council.spread");
                    }
                },
                () -> {
                    if (rule == null) {
                        throw BusinessException.onField("gateRule", "error.required");
                    }
                });
        this.decisionNumber = VietnameseText.required("decisionNumber", number, MAX_NUMBER);
        this.decisionDate = date;
        this.quorumPercent = quorumPercent;
        this.chairRequired = chairRequired;
        this.maxSpread = maxSpread;
        this.gateRule = rule;
    }

    /** Appoints a council member: an enabled council account, once, with at most one chair. */
    public CouncilMember appoint(UserAccount user, MemberRole role, String position) {
        round.requireOpen();
        Checks.all(() -> {
            if (user == null) {
                throw BusinessException.onField("user", "error.required");
            }
            if (user.getRole() != Role.COUNCIL || !user.isEnabled()) {
                throw BusinessException.onField("user", "rating.council.notCouncilUser", user.getFullName());
            }
            sitsAlready(user);
        }, () -> {
            if (role == null) {
                throw BusinessException.onField("role", "error.required");
            }
            if (role == MemberRole.CHAIR && chair().isPresent()) {
                throw BusinessException.onField("role", "rating.council.oneChair", chair().get().getUser().getFullName());
            }
        }, () -> position(position));
        CouncilMember member = new CouncilMember(this, user, role, position(position));
        members.add(member);
        return member;
    }

    public void dismiss(CouncilMember member) {
        round.requireOpen();
        if (!members.remove(member)) {
            throw new BusinessException("error.notFound");
        }
    }

    /** Adds a member of the advisory group: an enabled account of the office or of a council member, once, one head. */
    public AdvisoryMember addAdvisor(UserAccount user, boolean lead, String position) {
        round.requireOpen();
        Checks.all(() -> {
            if (user == null) {
                throw BusinessException.onField("advisor", "error.required");
            }
            if (user.getRole() != Role.COUNCIL && user.getRole() != Role.OFFICER || !user.isEnabled()) {
                throw BusinessException.onField("advisor", "rating.advisory.user", user.getFullName());
            }
            sitsAlready(user);
        }, () -> {
            if (lead && advisors.stream().anyMatch(AdvisoryMember::isLead)) {
                throw BusinessException.onField("lead", "rating.advisory.oneLead");
            }
        }, () -> position(position));
        AdvisoryMember advisor = new AdvisoryMember(this, user, lead, position(position));
        advisors.add(advisor);
        return advisor;
    }

    public void removeAdvisor(AdvisoryMember advisor) {
        round.requireOpen();
        if (!advisors.remove(advisor)) {
            throw new BusinessException("error.notFound");
        }
    }

    private void sitsAlready(UserAccount user) {
        boolean member = members.stream().anyMatch(m -> m.getUser().getUsername().equals(user.getUsername()));
        boolean advisor = advisors.stream().anyMatch(a -> a.getUser().getUsername().equals(user.getUsername()));
        if (member || advisor) {
            throw BusinessException.onField("user", "rating.council.alreadyMember", user.getFullName());
        }
    }

    private static String position(String position) {
        String text = VietnameseText.normalise(position);
        if (text != null && text.length() > MAX_POSITION) {
            throw BusinessException.onField("position", "error.tooLong", MAX_POSITION);
        }
        return text;
    }

    /** Throws what the council still lacks before scoring: the decision, the chair, a member who scores. */
    public void requireReady() {
        if (decisionNumber == null || decisionDate == null) {
            throw new BusinessException("rating.council.noDecision");
        }
        if (chair().isEmpty()) {
            throw new BusinessException("rating.council.noChair");
        }
        if (scoringMembers().isEmpty()) {
            throw new BusinessException("rating.council.noMembers");
        }
    }

    public boolean ready() {
        return decisionNumber != null && decisionDate != null && chair().isPresent() && !scoringMembers().isEmpty();
    }

    public Optional<CouncilMember> chair() {
        return members.stream().filter(m -> m.getRole() == MemberRole.CHAIR).findFirst();
    }

    /** The members who score (all but the secretary). */
    public List<CouncilMember> scoringMembers() {
        return members.stream().filter(m -> m.getRole().scores()).toList();
    }

    public Optional<CouncilMember> member(String username) {
        return members.stream().filter(m -> m.getUser().getUsername().equals(username)).findFirst();
    }

    @Override
    public String auditType() {
        return "Council";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "round=" + round.getId() + "; decision=" + (decisionNumber == null ? "-" : decisionNumber) + "; decisionDate="
                + (decisionDate == null ? "-" : decisionDate) + "; quorum=" + quorumPercent + "%"
                + (chairRequired ? " with the chair" : "") + "; maxSpread=" + maxSpread.stripTrailingZeros().toPlainString() + "; gateRule=" + gateRule
                + "; members=" + members.stream().map(m -> m.getUser().getUsername() + ":" + m.getRole())
                .collect(Collectors.joining(","))
                + "; advisors=" + advisors.stream().map(a -> a.getUser().getUsername() + (a.isLead() ? ":LEAD" : ""))
                .collect(Collectors.joining(","));
    }

    /** Whether the member belongs to this council. */
    public boolean seats(CouncilMember member) {
        Council other = member.getCouncil();
        return other == this || other.getId() != null && other.getId().equals(id);
    }

    public Long getId() {
        return id;
    }

    public EvaluationRound getRound() {
        return round;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public boolean isChairRequired() {
        return chairRequired;
    }

    public BigDecimal getMaxSpread() {
        return maxSpread;
    }

    public GateRule getGateRule() {
        return gateRule;
    }

    public List<CouncilMember> getMembers() {
        return List.copyOf(members);
    }

    public List<AdvisoryMember> getAdvisors() {
        return List.copyOf(advisors);
    }
}
