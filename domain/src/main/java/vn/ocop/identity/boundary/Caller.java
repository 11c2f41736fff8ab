package vn.ocop.identity.boundary;

import vn.ocop.identity.entity.Role;

/**
 * The signed-in user as the layout, the API and other capabilities need them, and the one rule of
 * scope: a commune officer works with their own commune only; every other role with the district.
 */
public record Caller(String username, String name, Role role, Long unitId, String unitCode, String unitName,
                     String locale) {

    /** Whether the caller may see or change what belongs to the unit. */
    public boolean reaches(Long unit) {
        return role != Role.COMMUNE || unit != null && unit.equals(unitId);
    }

    /**
     * The one unit a list must be narrowed to for this caller, or null for no narrowing. A commune
     * officer without a unit gets -1, which matches nothing.
     */
    public Long onlyUnit() {
        if (role != Role.COMMUNE) {
            return null;
        }
        return unitId == null ? -1L : unitId;
    }
}
