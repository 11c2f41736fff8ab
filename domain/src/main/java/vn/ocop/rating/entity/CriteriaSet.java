package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import vn.ocop.rating.control.PartMaxima;

import java.time.LocalDate;

/**
 * A national criteria set (bộ tiêu chí): 1048/QĐ-TTg of 2019 or 148/QĐ-TTg of 2023, with the
 * maxima of its parts A, B and C and the period it applied to new evaluations. Reference data
 * loaded by migrations; its code is the one product sets carry.
 */
@Entity
@Table(name = "criteria_set")
@NamedQuery(name = CriteriaSet.ALL, query = "SELECT s FROM CriteriaSet s ORDER BY s.period.effectiveFrom DESC")
public class CriteriaSet {

    public static final String ALL = "CriteriaSet.all";

    @Id
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Embedded
    private EffectivePeriod period;

    @Column(name = "part_a_max", nullable = false)
    private int partA;

    @Column(name = "part_b_max", nullable = false)
    private int partB;

    @Column(name = "part_c_max", nullable = false)
    private int partC;

    @Column(length = 1000)
    private String source;

    protected CriteriaSet() {
    }

    public CriteriaSet(Long id, String code, String name, LocalDate effectiveFrom, LocalDate effectiveTo, PartMaxima parts) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.period = new EffectivePeriod(effectiveFrom, effectiveTo);
        this.partA = parts.a();
        this.partB = parts.b();
        this.partC = parts.c();
    }

    public PartMaxima parts() {
        return new PartMaxima(partA, partB, partC);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public EffectivePeriod getPeriod() {
        return period;
    }

    public String getSource() {
        return source;
    }
}
