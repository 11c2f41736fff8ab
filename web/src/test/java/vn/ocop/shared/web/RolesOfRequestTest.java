package vn.ocop.shared.web;

import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request asks the server each role once, and afresh when the caller changes within the request (a sign-in). */
class RolesOfRequestTest {

    @Test
    void eachRoleIsAskedOncePerCaller() {
        RolesOfRequest roles = new RolesOfRequest();
        List<String> asked = new ArrayList<>();
        Predicate<String> server = role -> {
            asked.add(role);
            return role.equals("OFFICER");
        };
        Principal officer = () -> "officer";
        for (int row = 0; row < 20; row++) {
            assertTrue(roles.inRole(officer, "OFFICER", server));
            assertFalse(roles.inRole(officer, "LEADER", server));
        }
        assertEquals(List.of("OFFICER", "LEADER"), asked);

        assertFalse(roles.inRole(null, "OFFICER", role -> false), "before the sign-in, nobody");
        assertTrue(roles.inRole(officer, "OFFICER", server), "after it, asked again");
        assertEquals(List.of("OFFICER", "LEADER", "OFFICER"), asked);
    }
}
