package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A council member's declaration, before opening a product's sheet, that they have no conflict of
 * interest with it, or that they have one (with a note saying what). Declarations are kept as
 * made and never changed: a later declaration is a new record, and the latest stands. A conflict,
 * once declared, stands for the round; declaring no conflict twice adds nothing.
 */
@Entity
@Table(name = "conflict_declaration")
@NamedQuery(name = ConflictDeclaration.OF, query = "SELECT d FROM ConflictDeclaration d WHERE d.member = :member"
        + " AND d.roundProduct = :roundProduct ORDER BY d.declaredAt, d.id")
@NamedQuery(name = ConflictDeclaration.OF_MEMBER, query = "SELECT d FROM ConflictDeclaration d WHERE d.member = :member"
        + " ORDER BY d.declaredAt, d.id")
@NamedQuery(name = ConflictDeclaration.OF_ROUND, query = "SELECT d FROM ConflictDeclaration d JOIN FETCH d.member"
        + " WHERE d.roundProduct.round = :round ORDER BY d.declaredAt, d.id")
@NamedQuery(name = ConflictDeclaration.ROWS_OF_ROUND, query = "SELECT NEW vn.ocop.rating.entity.DeclarationRow(d.member.id,"
        + " d.roundProduct.id, d.conflict) FROM ConflictDeclaration d WHERE d.roundProduct.round = :round ORDER BY d.declaredAt, d.id")
public class ConflictDeclaration implements Auditable {

    public static final String OF = "ConflictDeclaration.of";
    public static final String OF_MEMBER = "ConflictDeclaration.ofMember";
    public static final String OF_ROUND = "ConflictDeclaration.ofRound";
    public static final String ROWS_OF_ROUND = "ConflictDeclaration.rowsOfRound";
    public static final int MAX_NOTE = 500;

    @Id
    @SequenceGenerator(name = "seq_conflict_declaration", sequenceName = "seq_conflict_declaration", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_conflict_declaration")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private CouncilMember member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_product_id", nullable = false, updatable = false)
    private RoundProduct roundProduct;

    @Column(nullable = false, updatable = false)
    private boolean conflict;

    @Column(length = MAX_NOTE, updatable = false)
    private String note;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private LocalDateTime declaredAt;

    protected ConflictDeclaration() {
    }

    private ConflictDeclaration(CouncilMember member, RoundProduct roundProduct, boolean conflict, String note,
                                LocalDateTime at) {
        this.member = member;
        this.roundProduct = roundProduct;
        this.conflict = conflict;
        this.note = note;
        this.declaredAt = at;
    }

    /**
     * A member's new declaration for a product of their round, while the round is being scored.
     *
     * @param earlier the member's earlier declarations for the product, oldest first
     */
    public static ConflictDeclaration declare(CouncilMember member, RoundProduct roundProduct,
                                              List<ConflictDeclaration> earlier, boolean conflict, String note,
                                              LocalDateTime at) {
        EvaluationRound round = roundProduct.getRound();
        round.requireScoring();
        if (!round.sits(member)) {
            throw new BusinessException("error.notFound");
        }
        if (!member.getRole().scores()) {
            throw new BusinessException("rating.council.secretaryDoesNotScore");
        }
        String text = VietnameseText.normalise(note);
        if (text != null && text.length() > MAX_NOTE) {
            throw BusinessException.onField("note", "error.tooLong", MAX_NOTE);
        }
        if (conflict && text == null) {
            throw BusinessException.onField("note", "rating.conflict.noteRequired");
        }
        Optional<ConflictDeclaration> latest = latest(earlier);
        if (latest.isPresent() && latest.get().isConflict()) {
            throw new BusinessException("rating.conflict.standing");
        }
        if (latest.isPresent() && !conflict) {
            throw new BusinessException("rating.conflict.alreadyDeclared");
        }
        return new ConflictDeclaration(member, roundProduct, conflict, text, at);
    }

    /** The declaration that stands: the latest of a member's declarations for a product, given oldest first. */
    public static Optional<ConflictDeclaration> latest(List<ConflictDeclaration> declarations) {
        return declarations.isEmpty() ? Optional.empty() : Optional.of(declarations.get(declarations.size() - 1));
    }

    @Override
    public String auditType() {
        return "ConflictDeclaration";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "round=" + roundProduct.getRound().getId() + "; product=" + roundProduct.getProductId() + "; member="
                + member.getUser().getUsername() + "; conflict=" + conflict + "; note=" + (note == null ? "-" : note)
                + "; declaredAt=" + declaredAt;
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

    public boolean isConflict() {
        return conflict;
    }

    public String getNote() {
        return note;
    }

    public LocalDateTime getDeclaredAt() {
        return declaredAt;
    }
}
