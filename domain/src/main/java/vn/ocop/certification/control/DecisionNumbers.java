package vn.ocop.certification.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.DecisionStatus;
import vn.ocop.geography.entity.Numbering;
import vn.ocop.shared.control.BusinessException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The number a decision takes when it is issued, by its body's {@link Numbering}: the register's number typed by the
 * office (its form checked, unique for the body and year) or the next of the portal's counter (gap-free, never a
 * number the register already gave, and never on a day before the body's last decision of the year). Either way the
 * counter row of the body and year is locked for the issuing transaction, so two issues of one body never take the
 * same number.
 */
@Stateless
@PermitAll
public class DecisionNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Counters counters;

    /** The number of the decision signed on that day, taken in the caller's (issuing) transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RegisterNumbers.Typed take(Decision decision, Numbering numbering, LocalDate signedOn, String typed) {
        var counter = counters.locked(Numbers.decisionCounter(decision.getBodyCode(), signedOn.getYear()));
        List<RegisterNumbers.Issued> issued = issued(decision.getBodyCode(), signedOn.getYear());
        Set<Integer> taken = issued.stream().map(RegisterNumbers.Issued::sequence).collect(Collectors.toSet());
        if (numbering == Numbering.REGISTER) {
            RegisterNumbers.Typed number = RegisterNumbers.parse(typed);
            if (taken.contains(number.sequence())) {
                throw BusinessException.onField("number", "certification.issue.registerTaken", number.number(),
                        String.valueOf(signedOn.getYear()));
            }
            return number;
        }
        issued.stream().map(RegisterNumbers.Issued::signedOn).max(LocalDate::compareTo).filter(signedOn::isBefore)
                .ifPresent(last -> {
                    throw BusinessException.onField("signedOn", "certification.issue.beforeLast", DAY.format(last));
                });
        int sequence = counter.next();
        while (taken.contains(sequence)) {
            sequence = counter.next();
        }
        return new RegisterNumbers.Typed(sequence, Numbers.decision(sequence));
    }

    /**
     * Whether a register number typed for a decision (or, with {@code typed} null, the number it was issued with) is out
     * of order with the body's other decisions of that year: the other decision, if so.
     */
    public Optional<RegisterNumbers.Issued> outOfOrder(Decision decision, String typed, LocalDate signedOn) {
        int sequence = typed == null ? decision.getSequence() : RegisterNumbers.parse(typed).sequence();
        List<RegisterNumbers.Issued> others = issued(decision.getBodyCode(), signedOn.getYear()).stream()
                .filter(e -> decision.getStatus() != DecisionStatus.ISSUED || e.sequence() != decision.getSequence()).toList();
        return RegisterNumbers.outOfOrder(sequence, signedOn, others);
    }

    private List<RegisterNumbers.Issued> issued(String body, int year) {
        return em.createQuery("SELECT d.sequence, d.number, d.signedOn FROM Decision d WHERE d.bodyCode = :body"
                        + " AND d.numberYear = :year AND d.status = :issued", Object[].class).setParameter("body", body)
                .setParameter("year", year).setParameter("issued", DecisionStatus.ISSUED).getResultList().stream()
                .map(r -> new RegisterNumbers.Issued((Integer) r[0], (String) r[1], (LocalDate) r[2])).toList();
    }
}
