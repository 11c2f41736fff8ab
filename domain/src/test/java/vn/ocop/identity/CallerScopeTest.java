package vn.ocop.identity;

import org.junit.jupiter.api.Test;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.entity.Role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerScopeTest {

    private static Caller as(Role role, Long unit) {
        return new Caller("u", "U", role, unit, null, null, "vi");
    }

    @Test
    void aCommuneOfficerReachesTheirCommuneOnly() {
        Caller commune = as(Role.COMMUNE, 10L);
        assertTrue(commune.reaches(10L));
        assertFalse(commune.reaches(21L));
        assertFalse(commune.reaches(null));
        assertEquals(10L, commune.onlyUnit());
    }

    @Test
    void aCommuneOfficerWithoutAUnitReachesNothing() {
        Caller lost = as(Role.COMMUNE, null);
        assertFalse(lost.reaches(10L));
        assertFalse(lost.reaches(null));
        assertEquals(-1L, lost.onlyUnit(), "a unit that matches no row");
    }

    @Test
    void theOtherRolesReachTheWholeDistrict() {
        for (Role role : new Role[] {Role.OFFICER, Role.LEADER, Role.ADMIN, Role.COUNCIL}) {
            assertTrue(as(role, 2L).reaches(21L), role.name());
            assertNull(as(role, 2L).onlyUnit(), role.name());
        }
    }
}
