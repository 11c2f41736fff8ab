package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.control.BusinessException;
import jakarta.persistence.Transient;
import vn.ocop.rating.control.NodeRow;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.registration.entity.ProductSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The scoring sheet (phiếu đánh giá) of one product set under a criteria set: its nodes as
 * transcribed from the source it names, and the documented corrections that make it whole. Only
 * a sheet whose corrected form adds up can be used for scoring ({@link #usable()}).
 */
@Entity
@Table(name = "scoring_sheet")
@NamedQuery(name = ScoringSheet.ALL, query = "SELECT s FROM ScoringSheet s ORDER BY s.productSet.number")
@NamedQuery(name = ScoringSheet.OF_PRODUCT_SET, query = "SELECT s FROM ScoringSheet s WHERE s.productSet = :productSet")
public class ScoringSheet {

    public static final String ALL = "ScoringSheet.all";
    public static final String OF_PRODUCT_SET = "ScoringSheet.ofProductSet";

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criteria_set_id", nullable = false)
    private CriteriaSet criteriaSet;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_set_id", nullable = false)
    private ProductSet productSet;

    @Column(nullable = false, length = 1000)
    private String source;

    @OneToMany(mappedBy = "sheet")
    @OrderBy("position")
    private List<CriterionNode> nodes = new ArrayList<>();

    @OneToMany(mappedBy = "sheet")
    @OrderBy("position")
    private List<SheetCorrection> corrections = new ArrayList<>();

    @Transient
    private SheetCheck check;

    protected ScoringSheet() {
    }

    /** A sheet built in memory from its rows, without corrections (tests, tools); sheets in use come from the migrations. */
    public ScoringSheet(Long id, CriteriaSet criteriaSet, ProductSet productSet, String source, List<NodeRow> rows) {
        this.id = id;
        this.criteriaSet = criteriaSet;
        this.productSet = productSet;
        this.source = source;
        rows.forEach(row -> nodes.add(new CriterionNode(this, row)));
    }

    /** The sheet as problems name it: "148/QĐ-TTg #7". */
    public String label() {
        return criteriaSet.getCode() + " #" + productSet.getNumber();
    }

    /** The transcription and the corrected sheet, checked (once per loaded entity: reference data does not change). */
    public SheetCheck check() {
        if (check == null) {
            check = SheetCheck.of(label(), criteriaSet.parts(), nodes.stream().map(CriterionNode::row).toList(),
                    corrections.stream().map(SheetCorrection::correction).toList());
        }
        return check;
    }

    /** Whether councils may score on this sheet. */
    public boolean usable() {
        return check().usable();
    }

    /** Refuses to score the product on no sheet, or on a sheet councils may not score on. */
    static void requireUsable(ScoringSheet sheet, Product product) {
        if (sheet == null) {
            throw new BusinessException("rating.round.noSheet", product.getName());
        }
        if (!sheet.usable()) {
            throw new BusinessException("rating.round.sheetNotUsable", product.getName());
        }
    }

    public Long getId() {
        return id;
    }

    public CriteriaSet getCriteriaSet() {
        return criteriaSet;
    }

    public ProductSet getProductSet() {
        return productSet;
    }

    public String getSource() {
        return source;
    }

    public List<SheetCorrection> getCorrections() {
        return corrections;
    }
}
