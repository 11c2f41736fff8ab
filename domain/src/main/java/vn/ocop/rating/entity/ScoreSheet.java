package vn.ocop.rating.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ConcurrentChangeException;
import vn.ocop.shared.entity.Auditable;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One council member's score sheet for one product of a round: exactly one option per criterion of
 * the product's sheet. Opened when the member declares no conflict; saved as a draft at any time
 * (only what changed is stored; saving what is already there changes nothing); submitted only when
 * complete, and then locked. Once the results are open, a submitted sheet never changes again (its
 * member may have seen the result): no re-score, no withdrawal ("rating.sheet.locked"). A conflict
 * declared later withdraws it: it is kept and no longer counts.
 * Each member has their own sheet rows, so members saving at the same moment never touch each
 * other's; the version guards a member's own two tabs.
 */
@Entity
@Table(name = "score_sheet")
@NamedQuery(name = ScoreSheet.MINE, query = "SELECT s FROM ScoreSheet s JOIN FETCH s.roundProduct rp JOIN FETCH rp.round r"
        + " JOIN FETCH s.member m JOIN FETCH m.user u WHERE r.id = :round AND rp.product.id = :product AND u.username = :username")
@NamedQuery(name = ScoreSheet.OF, query = "SELECT s FROM ScoreSheet s WHERE s.member = :member AND s.roundProduct = :roundProduct")
@NamedQuery(name = ScoreSheet.OF_MEMBER, query = "SELECT s FROM ScoreSheet s WHERE s.member = :member")
@NamedQuery(name = ScoreSheet.OF_ROUND_PRODUCT, query = "SELECT s FROM ScoreSheet s JOIN FETCH s.member m JOIN FETCH m.user"
        + " WHERE s.roundProduct = :roundProduct ORDER BY m.id")
@NamedQuery(name = ScoreSheet.OF_ROUND, query = "SELECT s FROM ScoreSheet s JOIN FETCH s.member WHERE s.roundProduct.round = :round")
@NamedQuery(name = ScoreSheet.STANDINGS_OF_ROUND, query = "SELECT NEW vn.ocop.rating.entity.SheetStanding(s.member.id,"
        + " s.roundProduct.id, s.status, s.withdrawn) FROM ScoreSheet s WHERE s.roundProduct.round = :round")
@NamedQuery(name = ScoreSheet.WITH_CHOICES_OF_ROUND, query = "SELECT s FROM ScoreSheet s JOIN FETCH s.member m"
        + " JOIN FETCH m.user WHERE s.roundProduct.round = :round",
        hints = {@QueryHint(name = "eclipselink.batch", value = "s.choices"),
                 @QueryHint(name = "eclipselink.batch.type", value = "JOIN")})
public class ScoreSheet implements Auditable {

    public static final String MINE = "ScoreSheet.mine";
    public static final String OF = "ScoreSheet.of";
    public static final String OF_MEMBER = "ScoreSheet.ofMember";
    public static final String OF_ROUND_PRODUCT = "ScoreSheet.ofRoundProduct";
    public static final String OF_ROUND = "ScoreSheet.ofRound";
    public static final String STANDINGS_OF_ROUND = "ScoreSheet.standingsOfRound";
    /** A round's sheets with their members, and their choices in one more query (a city round: 5,500 sheets). */
    public static final String WITH_CHOICES_OF_ROUND = "ScoreSheet.withChoicesOfRound";

    @Id
    @SequenceGenerator(name = "seq_score_sheet", sequenceName = "seq_score_sheet", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_score_sheet")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private CouncilMember member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_product_id", nullable = false, updatable = false)
    private RoundProduct roundProduct;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SheetStatus status;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ScoreChoice> choices = new ArrayList<>();

    @Version
    private long version;

    protected ScoreSheet() {
    }

    /** Opens the member's (empty) sheet for a product, once they declared no conflict. */
    public ScoreSheet(CouncilMember member, RoundProduct roundProduct, LocalDateTime at) {
        this.member = member;
        this.roundProduct = roundProduct;
        this.status = SheetStatus.DRAFT;
        this.savedAt = at;
    }

    /**
     * Saves choices into the draft: criterion id → option id (null clears the criterion). Each
     * option must be one of its criterion's on this sheet; a choice in one alternative case clears
     * the other cases. Only the choices that differ are stored; when nothing differs nothing is
     * written, whatever the version (a repeated save is harmless).
     *
     * @param expectedVersion the version the member's page holds; a stale one is refused when something changes
     * @return how many choices were stored or cleared
     */
    public int save(SheetChoices form, long expectedVersion, Map<Long, Long> changes, LocalDateTime at) {
        requireEditable();
        Map<Long, Long> current = choices();
        Map<Long, Long> next = new HashMap<>(current);
        for (Map.Entry<Long, Long> change : changes.entrySet()) {
            form.check(change.getKey(), change.getValue());
            if (change.getValue() == null) {
                next.remove(change.getKey());
            } else {
                next.put(change.getKey(), change.getValue());
                form.excludedBy(change.getKey()).forEach(next::remove);
            }
        }
        if (next.equals(current)) {
            return 0;
        }
        if (version != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        int changed = apply(next);
        savedAt = at;
        return changed;
    }

    private int apply(Map<Long, Long> next) {
        Map<Long, ScoreChoice> rows = new HashMap<>();
        choices.forEach(row -> rows.put(row.getCriterionId(), row));
        int changed = 0;
        for (Map.Entry<Long, Long> choice : next.entrySet()) {
            ScoreChoice row = rows.remove(choice.getKey());
            if (row == null) {
                choices.add(new ScoreChoice(this, choice.getKey(), choice.getValue()));
                changed++;
            } else if (row.getOptionId() != choice.getValue()) {
                row.choose(choice.getValue());
                changed++;
            }
        }
        choices.removeAll(rows.values());
        return changed + rows.size();
    }

    /** Submits the sheet, only when every criterion has its option; it is then locked. */
    public void submit(SheetChoices form, long expectedVersion, LocalDateTime at) {
        requireEditable();
        if (version != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        int missing = form.missing(choices()).size();
        if (missing > 0) {
            throw new BusinessException("rating.sheet.incomplete", missing);
        }
        status = SheetStatus.SUBMITTED;
        submittedAt = at;
        savedAt = at;
    }

    /**
     * The chair's request for a re-score: the submitted sheet goes to the history (returned, to be
     * persisted) and the sheet reopens as a draft with the same choices, for the member to change and
     * submit again. Only a submitted sheet that counts, while the round is scoring.
     */
    public SheetRevision reopen(BigDecimal total, String by, String reason, LocalDateTime at) {
        roundProduct.getRound().requireScoring();
        if (!counts()) {
            throw new BusinessException("rating.rescore.notSubmitted");
        }
        roundProduct.getRound().requireUnseen(ScoringState.SUBMITTED);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw BusinessException.onField("reason", "rating.rescore.reasonRequired");
        }
        if (text.length() > SheetRevision.MAX_REASON) {
            throw BusinessException.onField("reason", "error.tooLong", SheetRevision.MAX_REASON);
        }
        SheetRevision revision = new SheetRevision(this, total, by, text, at);
        status = SheetStatus.DRAFT;
        submittedAt = null;
        savedAt = at;
        return revision;
    }

    /**
     * A paper sheet keyed in twice and agreed: the member's sheet takes its choices and is submitted
     * as they signed it on paper.
     */
    public void enterFromPaper(SheetChoices form, Map<Long, Long> paper, LocalDateTime at) {
        requireEditable();
        apply(new HashMap<>(paper));
        int missing = form.missing(choices()).size();
        if (missing > 0) {
            throw new BusinessException("rating.sheet.incomplete", missing);
        }
        status = SheetStatus.SUBMITTED;
        submittedAt = at;
        savedAt = at;
    }

    /**
     * A conflict declared after the sheet was opened: the sheet is kept as it is and no longer counts.
     * Refused for a submitted sheet once the results are open (its member may have seen the result).
     */
    public void withdraw() {
        if (counts()) {
            roundProduct.getRound().requireUnseen(ScoringState.SUBMITTED);
        }
        withdrawn = true;
    }

    private void requireEditable() {
        roundProduct.getRound().requireScoring();
        if (withdrawn) {
            throw new BusinessException("rating.conflict.cannotScore");
        }
        if (status == SheetStatus.SUBMITTED) {
            roundProduct.getRound().requireUnseen(ScoringState.SUBMITTED);
            throw new BusinessException("rating.sheet.submitted");
        }
    }

    /** The chosen options: criterion id → option id, in criterion order. */
    public Map<Long, Long> choices() {
        Map<Long, Long> chosen = new TreeMap<>();
        choices.forEach(row -> chosen.put(row.getCriterionId(), row.getOptionId()));
        return new LinkedHashMap<>(chosen);
    }

    /** Whether the sheet counts in the results: submitted, and not withdrawn for a conflict. */
    public boolean counts() {
        return status == SheetStatus.SUBMITTED && !withdrawn;
    }

    @Override
    public String auditType() {
        return "ScoreSheet";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "round=" + roundProduct.getRound().getId() + "; product=" + roundProduct.getProductId() + "; member="
                + member.getUser().getUsername() + "; status=" + status + (withdrawn ? "; withdrawn" : "") + "; choices="
                + choices().entrySet().stream().map(c -> c.getKey() + ":" + c.getValue()).collect(Collectors.joining(","));
    }

    public Long getId() {
        return id;
    }

    public CouncilMember getMember() {
        return member;
    }

    public RoundProduct getRoundProduct() {
        return roundProduct;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
