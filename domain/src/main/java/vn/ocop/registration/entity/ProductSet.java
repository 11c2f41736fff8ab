package vn.ocop.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A product set (bộ sản phẩm) of a criteria set, e.g. set 7 "Chế biến từ rau, củ, quả, hạt" of
 * 148/QĐ-TTg. Reference data loaded by migrations; each criteria set has its own list.
 */
@Entity
@Table(name = "product_set")
@NamedQuery(name = ProductSet.OF_CRITERIA_SET, query = "SELECT s FROM ProductSet s WHERE s.criteriaSet = :criteriaSet ORDER BY s.number")
public class ProductSet {

    public static final String OF_CRITERIA_SET = "ProductSet.ofCriteriaSet";
    /** The criteria set new products are registered under (148/QĐ-TTg since 24/02/2023). */
    public static final String IN_FORCE = "148/QĐ-TTg";

    @Id
    private Long id;

    @Column(name = "criteria_set", nullable = false, length = 20)
    private String criteriaSet;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 10)
    private String code;

    @Column(name = "group_name", nullable = false, length = 120)
    private String groupName;

    @Column(nullable = false, length = 200)
    private String name;

    protected ProductSet() {
    }

    public ProductSet(Long id, String criteriaSet, int number, String code, String groupName, String name) {
        this.id = id;
        this.criteriaSet = criteriaSet;
        this.number = number;
        this.code = code;
        this.groupName = groupName;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCriteriaSet() {
        return criteriaSet;
    }

    public int getNumber() {
        return number;
    }

    public String getCode() {
        return code;
    }

    public String getGroupName() {
        return groupName;
    }

    public String getName() {
        return name;
    }

    /** Services (community tourism, set 26 of both criteria sets) send no samples with the dossier. */
    public boolean isService() {
        return groupName.startsWith("Dịch vụ");
    }
}
