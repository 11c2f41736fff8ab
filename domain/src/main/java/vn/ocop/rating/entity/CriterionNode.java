package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.ocop.rating.control.NodeRow;

/**
 * One node of a scoring sheet exactly as transcribed (text in NFC, the legal wording with its
 * *** marks): a part, a section, a criterion or an option. Never edited in place: a
 * {@link SheetCorrection} records any change with its reason.
 */
@Entity
@Table(name = "criterion_node")
public class CriterionNode {

    @Id
    @SequenceGenerator(name = "seq_criterion_node", sequenceName = "seq_criterion_node", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_criterion_node")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private ScoringSheet sheet;

    /** The parent node's id (the tree is built in memory from a sheet's rows). */
    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private int level;

    @Column(nullable = false)
    private int position;

    @Column(length = 10)
    private String code;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(length = 1000)
    private String description;

    @Column(length = 10)
    private String score;

    private Integer stars;

    @Column(nullable = false)
    private boolean alternatives;

    protected CriterionNode() {
    }

    CriterionNode(ScoringSheet sheet, NodeRow row) {
        this.sheet = sheet;
        this.id = row.id();
        this.parentId = row.parentId();
        this.level = row.level();
        this.position = row.position();
        this.code = row.code();
        this.title = row.title();
        this.description = row.description();
        this.score = row.score();
        this.stars = row.stars();
        this.alternatives = row.alternatives();
    }

    public NodeRow row() {
        return new NodeRow(id, parentId, level, position, code, title, description, score, stars, alternatives);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
