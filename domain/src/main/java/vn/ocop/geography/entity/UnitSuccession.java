package vn.ocop.geography.entity;

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

import java.time.LocalDate;

/**
 * A link of a reorganisation: the predecessor's territory went, wholly or in part, to the
 * successor on the given date. Units are split as well as merged, so the links are many-to-many.
 */
@Entity
@Table(name = "unit_succession")
public class UnitSuccession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_unit_succession")
    @SequenceGenerator(name = "seq_unit_succession", sequenceName = "seq_unit_succession", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "predecessor_id")
    private AdministrativeUnit predecessor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "successor_id")
    private AdministrativeUnit successor;

    /** True when the whole predecessor went to this successor, false when only a part did. */
    @Column(name = "whole_unit", nullable = false)
    private boolean whole;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    protected UnitSuccession() {
    }

    public UnitSuccession(Long id, AdministrativeUnit predecessor, AdministrativeUnit successor, boolean whole,
                          LocalDate effectiveOn) {
        this.id = id;
        this.predecessor = predecessor;
        this.successor = successor;
        this.whole = whole;
        this.effectiveOn = effectiveOn;
        predecessor.addSuccession(this);
    }

    /** Records whether the whole predecessor went to the successor; answers whether that changed. */
    public boolean whole(boolean whole) {
        boolean changed = this.whole != whole;
        this.whole = whole;
        return changed;
    }

    public AdministrativeUnit getPredecessor() {
        return predecessor;
    }

    public AdministrativeUnit getSuccessor() {
        return successor;
    }

    public boolean isWhole() {
        return whole;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }
}
