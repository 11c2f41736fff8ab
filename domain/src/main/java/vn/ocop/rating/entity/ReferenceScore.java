package vn.ocop.rating.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.rating.control.SheetChoices;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ConcurrentChangeException;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * The producer's self-assessment or the advisory group's pre-score of a product of a round, on the
 * product's sheet: complete (one option per criterion), changed until the round is concluded.
 */
@Entity
@Table(name = "reference_score")
@NamedQuery(name = ReferenceScore.OF_ROUND, query = "SELECT r FROM ReferenceScore r JOIN FETCH r.roundProduct rp"
        + " WHERE rp.round.id = :round")
public class ReferenceScore implements Auditable {

    public static final String OF_ROUND = "ReferenceScore.ofRound";

    @Id
    @SequenceGenerator(name = "seq_reference_score", sequenceName = "seq_reference_score", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_reference_score")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_product_id", nullable = false, updatable = false)
    private RoundProduct roundProduct;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ReferenceKind kind;

    @Column(nullable = false, length = 4000)
    private String choices;

    @Column(name = "entered_by", nullable = false, length = 40)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private LocalDateTime enteredAt;

    @Version
    private long version;

    protected ReferenceScore() {
    }

    public ReferenceScore(RoundProduct roundProduct, ReferenceKind kind) {
        this.roundProduct = roundProduct;
        this.kind = kind;
    }

    /**
     * Records the choices (every criterion of the sheet, each an option of its criterion).
     *
     * @param expectedVersion the version the page holds (0 for a new one)
     */
    public void record(SheetChoices form, Map<Long, Long> chosen, long expectedVersion, String by, LocalDateTime at) {
        if (roundProduct.getRound().getStatus() == RoundStatus.CONCLUDED) {
            throw new BusinessException("rating.round.concluded");
        }
        if (version != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        chosen.forEach(form::check);
        int missing = form.missing(chosen).size();
        if (missing > 0) {
            throw new BusinessException("rating.sheet.incomplete", missing);
        }
        this.choices = SheetRevision.format(new java.util.TreeMap<>(chosen));
        this.enteredBy = by;
        this.enteredAt = at;
    }

    public Map<Long, Long> choices() {
        return SheetRevision.parse(choices);
    }

    @Override
    public String auditType() {
        return "ReferenceScore";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "round=" + roundProduct.getRound().getId() + "; product=" + roundProduct.getProductId() + "; kind=" + kind
                + "; by=" + enteredBy + "; choices=" + choices;
    }

    public Long getId() {
        return id;
    }

    public RoundProduct getRoundProduct() {
        return roundProduct;
    }

    public ReferenceKind getKind() {
        return kind;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public LocalDateTime getEnteredAt() {
        return enteredAt;
    }

    public long getVersion() {
        return version;
    }
}
