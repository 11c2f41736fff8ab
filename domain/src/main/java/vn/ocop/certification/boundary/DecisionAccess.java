package vn.ocop.certification.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.ocop.certification.control.NoticeRule;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.DecisionKind;
import vn.ocop.certification.entity.DecisionStatus;
import vn.ocop.certification.entity.DecisionTemplate;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.shared.control.Records;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A decision as the boundaries of drafting, issuing and revocation reach it: found or not found, checked against the
 * version the page holds and locked for a change (a plain change written and audited), read back as the decision page
 * shows it, and the wording template of a regime. Used inside their transactions, with their entity manager (a plain
 * object, not a bean: WildFly's CDI does not inject a persistence context into a package-private helper of an EJB
 * module).
 */
final class DecisionAccess {

    private final EntityManager em;
    private final Acting acting;

    DecisionAccess(EntityManager em, Acting acting) {
        this.em = em;
        this.acting = acting;
    }

    Decision find(long id) {
        return Records.find(em, Decision.class, id);
    }

    /** The decision, locked against concurrent changes, as read at {@code version}. */
    Decision current(long id, long version) {
        Decision decision = Records.find(em, Decision.class, id, LockModeType.PESSIMISTIC_WRITE);
        Records.requireVersion(decision.getVersion(), version);
        return decision;
    }

    /**
     * Changes the decision read at {@code version}: locked, changed, written (a concurrent change refused) and audited
     * with its state before and the reason; answers it as the decision page shows it.
     */
    DecisionDetails change(long id, long version, String action, String reason, Consumer<Decision> change) {
        Decision decision = current(id, version);
        String before = decision.auditState();
        change.accept(decision);
        Records.flush(em);
        acting.audit(action, decision, before, reason);
        return details(decision);
    }

    DecisionDetails details(Decision decision) {
        LocalDate today = acting.today();
        List<CertificateView> certificates = decision.getKind() == DecisionKind.RECOGNITION && decision.getStatus() == DecisionStatus.ISSUED
                ? em.createNamedQuery(Certificate.OF_DECISION, Certificate.class).setParameter("decision", decision).getResultList()
                        .stream().map(c -> CertificateView.of(c, today, null, NoticeRule.configured())).toList()
                : List.of();
        return DecisionDetails.of(decision, certificates);
    }

    DecisionTemplate template(String regime) {
        return Records.find(em, DecisionTemplate.class, regime);
    }
}
