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

/** The option a member chose for one criterion of their sheet (node ids of the product's scoring sheet). */
@Entity
@Table(name = "score_choice")
@NamedQuery(name = ScoreChoice.VALUES_OF_ROUND, query = "SELECT NEW vn.ocop.rating.entity.ChoiceValue(c.sheet.id, c.criterionId, c.optionId)"
        + " FROM ScoreChoice c"
        + " WHERE c.sheet.roundProduct.round = :round")
public class ScoreChoice {

    /** Sheet id, criterion id, option id of every choice of a round's sheets, as plain values. */
    public static final String VALUES_OF_ROUND = "ScoreChoice.valuesOfRound";

    @Id
    @SequenceGenerator(name = "seq_score_choice", sequenceName = "seq_score_choice", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_score_choice")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false, updatable = false)
    private ScoreSheet sheet;

    @Column(name = "criterion_id", nullable = false, updatable = false)
    private long criterionId;

    @Column(name = "option_id", nullable = false)
    private long optionId;

    protected ScoreChoice() {
    }

    ScoreChoice(ScoreSheet sheet, long criterionId, long optionId) {
        this.sheet = sheet;
        this.criterionId = criterionId;
        this.optionId = optionId;
    }

    void choose(long optionId) {
        this.optionId = optionId;
    }

    public Long getId() {
        return id;
    }

    public long getCriterionId() {
        return criterionId;
    }

    public long getOptionId() {
        return optionId;
    }
}
