package vn.ocop.certification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.control.DecisionNumbers;
import vn.ocop.certification.control.RegisterNumbers;
import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.DecisionStatus;
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.geography.entity.Numbering;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Inject
    Clock clock;

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

    /** Every body with its numbering and this year's issued decisions: how many and the last number (for the settings page). */
    public List<BodyRegister> registers() {
        int year = LocalDate.now(clock).getYear();
        Map<String, Object[]> last = new HashMap<>();
        em.createQuery("SELECT d.bodyCode, COUNT(d), MAX(d.sequence) FROM Decision d WHERE d.numberYear = :year"
                        + " AND d.status = :issued GROUP BY d.bodyCode", Object[].class).setParameter("year", year)
                .setParameter("issued", DecisionStatus.ISSUED).getResultList().forEach(r -> last.put((String) r[0], r));
        return bodies.numberings().stream().map(b -> {
            Object[] row = last.get(b.code());
            if (row == null) {
                return BodyRegister.of(b, year, 0, null, null);
            }
            Object[] top = row[2] == null ? new Object[2] : em.createQuery("SELECT d.number, d.signedOn FROM Decision d"
                            + " WHERE d.bodyCode = :body AND d.numberYear = :year AND d.sequence = :sequence AND d.status = :issued",
                            Object[].class).setParameter("body", b.code()).setParameter("year", year).setParameter("sequence", row[2])
                    .setParameter("issued", DecisionStatus.ISSUED).setMaxResults(1).getResultStream().findFirst().orElse(new Object[2]);
            return BodyRegister.of(b, year, ((Number) row[1]).longValue(), (String) top[0], (LocalDate) top[1]);
        }).toList();
    }

    /** The administrator chooses how a body numbers its decisions from now on (audited; issued decisions keep their numbers). */
    @RolesAllowed(Roles.ADMIN)
    public void numberBy(String code, Numbering numbering) {
        bodies.numberBy(code, numbering);
    }

    private Decision find(long id) {
        return Records.find(em, Decision.class, id);
    }
}
