package vn.ocop.identity.boundary;

import java.io.Serializable;

import vn.ocop.identity.entity.Role;

import java.util.Set;

/**
 * The signed-in user as the layout, the API and other capabilities need them, and the one rule of
 * scope: a commune officer works with the units their commune covers (their own commune and the former
 * communes it replaced in whole or in part, {@link vn.ocop.geography.control.UnitCoverage}); every
 * other role with every unit.
 *
 * @param units the units a commune officer covers, their own first (empty without a unit); ignored for other roles
 */
public record Caller(String username, String name, Role role, Long unitId, String unitCode, String unitName,
                     String locale, Set<Long> units) implements Serializable {

    /** A unit that no row has: the scope of a commune officer without a unit. */
    public static final long NO_UNIT = -1L;

    public Caller {
        units = units == null ? Set.of() : Set.copyOf(units);
    }

    /** A caller whose scope is their own unit only (nothing replaced). */
    public Caller(String username, String name, Role role, Long unitId, String unitCode, String unitName, String locale) {
        this(username, name, role, unitId, unitCode, unitName, locale, unitId == null ? Set.of() : Set.of(unitId));
    }

    /** Whether the caller may see or change what belongs to the unit. */
    public boolean reaches(Long unit) {
        return role != Role.COMMUNE || unit != null && units.contains(unit);
    }

    /**
     * The units a list must be narrowed to for this caller, or null for no narrowing. A commune officer without a
     * unit gets {@link #NO_UNIT} alone, which matches nothing. Queries use it as {@code ... IN :units}.
     */
    public Set<Long> onlyUnits() {
        if (role != Role.COMMUNE) {
            return null;
        }
        return units.isEmpty() ? Set.of(NO_UNIT) : units;
    }

    /**
     * The unit a commune officer's new records go to (their own commune of today, never a former one it covers;
     * {@link #NO_UNIT} without a unit), or null when the caller may register in any unit.
     */
    public Long registersIn() {
        if (role != Role.COMMUNE) {
            return null;
        }
        return unitId == null ? NO_UNIT : unitId;
    }
}
