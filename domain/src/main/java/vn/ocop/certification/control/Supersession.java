package vn.ocop.certification.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.ReceivedDecision;
import vn.ocop.certification.entity.ReceivedProduct;
import vn.ocop.shared.boundary.AuditTrail;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A later recognition of a product replaces its certificate in force ({@link Certificate#supersede}): a new
 * certificate of the portal (a re-evaluation or an upgrade, whether the class rose or fell) or a higher level's
 * decision recorded as received (only a certificate that confers its class is replaced by one: a district-level
 * recognition keeps its level). Called in the transaction that issues or records the later recognition; each
 * certificate replaced leaves an audit entry.
 */
@Stateless
@PermitAll
public class Supersession {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The certificates in force of the products of an issued recognition are superseded by its new certificates. */
    public void byDecision(Decision issued) {
        // The earlier certificates of all the decision's products in one locked query (not one per product: the
        // issuing holds the body's counter meanwhile).
        Map<Long, List<Certificate>> earlier = em.createNamedQuery(Certificate.OF_PRODUCTS_OF_DECISION, Certificate.class)
                .setParameter("decision", issued).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .collect(Collectors.groupingBy(Certificate::getProductId));
        for (Certificate later : em.createNamedQuery(Certificate.OF_DECISION, Certificate.class).setParameter("decision", issued)
                .getResultList()) {
            LocalDate on = later.getValidFrom();
            supersede(earlier.getOrDefault(later.getProductId(), List.of()).stream()
                    .filter(c -> !c.getValidFrom().isAfter(on) && !c.getValidUntil().isBefore(on)).toList(), later, later.getNumber(), on, false);
        }
    }

    /** The certificates in force (conferring a class) of the decision's products are superseded by it from its signing. */
    public void byReceived(ReceivedDecision decision) {
        for (ReceivedProduct line : decision.getProducts()) {
            replace(line.getProduct().getId(), null, decision.getNumber(), decision.getSignedOn(), true);
        }
    }

    private void replace(Long productId, Certificate later, String number, LocalDate on, boolean conferringOnly) {
        supersede(em.createNamedQuery(Certificate.IN_FORCE_OF_PRODUCT, Certificate.class)
                .setParameter("productId", productId).setParameter("on", on).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList(), later, number, on, conferringOnly);
    }

    private void supersede(List<Certificate> inForce, Certificate later, String number, LocalDate on, boolean conferringOnly) {
        for (Certificate earlier : inForce) {
            if (conferringOnly && !earlier.confersClass()) {
                continue;
            }
            String before = earlier.auditState();
            if (earlier.supersede(later, number, on)) {
                audit.change("CERTIFICATE_SUPERSEDED", earlier, before, number);
            }
        }
    }
}
