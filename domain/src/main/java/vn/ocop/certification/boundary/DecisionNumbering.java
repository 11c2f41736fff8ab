package vn.ocop.certification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.control.DecisionNumbers;
import vn.ocop.certification.control.RegisterNumbers;
import vn.ocop.certification.entity.Decision;
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.geography.entity.Numbering;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How a decision is numbered, for the issue form and the API: by its body's register (the office types the number) or
 * the portal's counter, and whether a register number is out of order with the body's decisions of the year.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
public class DecisionNumbering {

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuingBodies bodies;

    @Inject
    DecisionNumbers numbers;

    /** How the decision's body numbers its decisions: the page asks for the register's number when it is REGISTER. */
    public Numbering numbering(long id) {
        return bodies.find(find(id).getBodyCode()).getNumbering();
    }

    /**
     * Whether the register number typed for a decision (null: the number it was issued with) and its signing date are out
     * of order with the body's other decisions of that year; empty when in order or when the number cannot be read.
     */
    public Optional<NumberOrder> numberOrder(long id, String number, LocalDate signedOn) {
        Decision decision = find(id);
        LocalDate day = number == null ? decision.getSignedOn() : signedOn;
        if (day == null || (number == null && decision.getSequence() == null)) {
            return Optional.empty();
        }
        try {
            String shown = number == null ? decision.getNumber() : RegisterNumbers.parse(number).number();
            return numbers.outOfOrder(decision, number, day).map(o -> new NumberOrder(shown, day, o.number(), o.signedOn()));
        } catch (BusinessException unreadable) {
            return Optional.empty();
        }
    }

    private Decision find(long id) {
        Decision decision = em.find(Decision.class, id);
        if (decision == null) {
            throw new BusinessException("error.notFound");
        }
        return decision;
    }
}
