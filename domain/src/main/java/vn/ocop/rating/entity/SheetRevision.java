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

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A member's sheet as it was submitted before the chair asked for a re-score: the history keeps
 * both, the earlier sheet here, the new one in the sheet itself. Written once, never changed.
 */
@Entity
@Table(name = "sheet_revision")
@NamedQuery(name = SheetRevision.OF_ROUND, query = "SELECT r FROM SheetRevision r JOIN FETCH r.sheet s"
        + " WHERE s.roundProduct.round.id = :round ORDER BY r.id")
public class SheetRevision {

    public static final String OF_ROUND = "SheetRevision.ofRound";
    public static final int MAX_REASON = 500;

    @Id
    @SequenceGenerator(name = "seq_sheet_revision", sequenceName = "seq_sheet_revision", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_sheet_revision")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false, updatable = false)
    private ScoreSheet sheet;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    @Column(nullable = false, updatable = false, precision = 6, scale = 2)
    private BigDecimal total;

    @Column(nullable = false, updatable = false, length = 4000)
    private String choices;

    @Column(name = "reopened_at", nullable = false, updatable = false)
    private LocalDateTime reopenedAt;

    @Column(name = "reopened_by", nullable = false, updatable = false, length = 40)
    private String reopenedBy;

    @Column(nullable = false, updatable = false, length = MAX_REASON)
    private String reason;

    protected SheetRevision() {
    }

    SheetRevision(ScoreSheet sheet, BigDecimal total, String reopenedBy, String reason, LocalDateTime at) {
        this.sheet = sheet;
        this.submittedAt = sheet.getSubmittedAt();
        this.total = total;
        this.choices = format(sheet.choices());
        this.reopenedAt = at;
        this.reopenedBy = reopenedBy;
        this.reason = reason;
    }

    /** Choices as "criterion:option,…" (the form kept in the history and the paper entries). */
    public static String format(Map<Long, Long> choices) {
        return choices.entrySet().stream().map(c -> c.getKey() + ":" + c.getValue()).collect(Collectors.joining(","));
    }

    /** The choices of {@link #format(Map)} back as criterion id → option id. */
    public static Map<Long, Long> parse(String text) {
        Map<Long, Long> choices = new LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String pair : text.split(",")) {
                int colon = pair.indexOf(':');
                choices.put(Long.parseLong(pair.substring(0, colon)), Long.parseLong(pair.substring(colon + 1)));
            }
        }
        return choices;
    }

    public Long getId() {
        return id;
    }

    public ScoreSheet getSheet() {
        return sheet;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Map<Long, Long> choices() {
        return parse(choices);
    }

    public String getReason() {
        return reason;
    }
}
