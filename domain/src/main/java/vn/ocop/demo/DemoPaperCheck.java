package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.ocop.rating.boundary.PaperSheets;
import vn.ocop.rating.boundary.PaperState;
import vn.ocop.shared.control.Roles;

import java.util.Map;

/**
 * The second officer of the demonstration's paper sheets: keys each sheet again, as the paper
 * fallback requires, under a principal of its own (glassfish-ejb-jar.xml) so that the two entries
 * are two people's.
 */
@Stateless
@RunAs(Roles.OFFICER)
@RolesAllowed(Roles.OFFICER)
public class DemoPaperCheck {

    @Inject
    PaperSheets paper;

    public PaperState enter(long round, long product, long member, Map<Long, Long> choices) {
        PaperState state = paper.enter(round, product, member, choices);
        if (!state.accepted()) {
            throw new IllegalStateException("the demonstration's second entry did not agree: " + state);
        }
        return state;
    }
}
