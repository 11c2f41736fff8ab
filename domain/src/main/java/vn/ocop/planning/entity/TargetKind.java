package vn.ocop.planning.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a target of the plan counts (see the package description for how each actual is computed
 * from the data). The training coverage targets are the training records' own
 * ({@code vn.ocop.training}); the plan shows them beside these.
 */
public enum TargetKind {
    /** Producers with a product in the cycle: a count, or a share of the registered producers. */
    PRODUCERS_TAKING_PART(EnumSet.of(TargetUnit.COUNT, TargetUnit.PERCENT)),
    /** Products the district council evaluated in a concluded round of the year. */
    PRODUCTS_EVALUATED(EnumSet.of(TargetUnit.COUNT)),
    /** Products recognised in the year, of one class or (without a class) of any. */
    PRODUCTS_RECOGNISED(EnumSet.of(TargetUnit.COUNT)),
    /** The support budget of the year, against the support granted to producers. */
    SUPPORT_BUDGET(EnumSet.of(TargetUnit.VND)),
    /** The share of an audience trained by the end of the year (kept by the training records). */
    TRAINING_COVERAGE(EnumSet.of(TargetUnit.PERCENT));

    private final Set<TargetUnit> units;

    TargetKind(Set<TargetUnit> units) {
        this.units = units;
    }

    public Set<TargetUnit> units() {
        return EnumSet.copyOf(units);
    }

    public boolean takes(TargetUnit unit) {
        return units.contains(unit);
    }

    /** Whether the plan's own table keeps targets of this kind (training coverage is kept by training). */
    public boolean isPlanned() {
        return this != TRAINING_COVERAGE;
    }
}
