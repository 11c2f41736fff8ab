package vn.ocop.identity;

import org.junit.jupiter.api.Test;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.entity.Role;

import java.util.Set;

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
        assertEquals(Set.of(10L), commune.onlyUnits());
        assertEquals(10L, commune.registersIn());
    }

    @Test
    void aCommuneOfficerReachesTheFormerCommunesTheirCommuneCoversButRegistersInTheirOwn() {
        Caller danPhuong = new Caller("u", "U", Role.COMMUNE, 40L, null, null, "vi", Set.of(40L, 10L, 23L));
        assertTrue(danPhuong.reaches(40L));
        assertTrue(danPhuong.reaches(10L), "a former commune it replaced");
        assertFalse(danPhuong.reaches(41L), "another commune of today");
        assertEquals(Set.of(40L, 10L, 23L), danPhuong.onlyUnits());
        assertEquals(40L, danPhuong.registersIn(), "new records go to today's commune");
    }

    @Test
    void aCommuneOfficerWithoutAUnitReachesNothing() {
        Caller lost = as(Role.COMMUNE, null);
        assertFalse(lost.reaches(10L));
        assertFalse(lost.reaches(null));
        assertEquals(Set.of(Caller.NO_UNIT), lost.onlyUnits(), "a unit that matches no row");
        assertEquals(Caller.NO_UNIT, lost.registersIn());
    }

    @Test
    void theOtherRolesReachEveryUnit() {
        for (Role role : new Role[] {Role.OFFICER, Role.LEADER, Role.ADMIN, Role.COUNCIL}) {
            assertTrue(as(role, 2L).reaches(21L), role.name());
            assertNull(as(role, 2L).onlyUnits(), role.name());
            assertNull(as(role, 2L).registersIn(), role.name());
        }
    }
}
