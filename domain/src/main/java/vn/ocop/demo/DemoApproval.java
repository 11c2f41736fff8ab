package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.ocop.certification.boundary.DecisionDetails;
import vn.ocop.certification.boundary.Decisions;
import vn.ocop.shared.control.Roles;

/**
 * The People's Committee leader of the demonstration: approves the decisions the office drafted, under a principal
 * of its own (OCOP_LEADER in glassfish-ejb-jar.xml), since only a leader may approve.
 */
@Stateless
@RunAs(Roles.LEADER)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class DemoApproval {

    @Inject
    Decisions decisions;

    public DecisionDetails approve(long decision, long version) {
        return decisions.approve(decision, version);
    }
}
