package vn.ocop.rating.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The days a legal text is in force (a criteria set, a rating regime): from its first day, to its last day inclusive
 * or open-ended. On the owning entity's own columns ({@code effective_from}, {@code effective_to}). Immutable.
 */
@Embeddable
public class EffectivePeriod implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected EffectivePeriod() {
    }

    public EffectivePeriod(LocalDate effectiveFrom, LocalDate effectiveTo) {
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
    }

    /** Whether the day is within the period (both ends included). */
    public boolean includes(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    /** The last day in force, or null while no later text replaces it. */
    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }
}
