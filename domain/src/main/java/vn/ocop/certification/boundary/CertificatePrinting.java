package vn.ocop.certification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.Decision;
import vn.ocop.reports.CertificateDocument;
import vn.ocop.reports.Documents;
import vn.ocop.reports.RenderedCertificates;
import vn.ocop.shared.entity.IssuedFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The certificates' prints, made after the issuing transaction: issuing numbers the certificates and stores them in
 * one short transaction (the body's counter is held for that only), then their PDFs are rendered outside any
 * transaction and frozen in one more, each certificate's and the batch of the decision. Nothing is lost on a crash: a
 * certificate without its print is printed when someone asks for it ({@link #printNow}), by the job started after
 * the issuing commit ({@link #printLater}) or at the next start ({@code PrintRecovery}). Two servers printing the same
 * decision at once: the second finds the prints frozen when it gets the decision's lock and keeps the first's.
 * Internal to certification (the issuing and reading boundaries and the recovery call it).
 */
@Stateless
@PermitAll
public class CertificatePrinting {

    private static final Logger LOG = Logger.getLogger(CertificatePrinting.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    Prints prints;

    @Resource
    SessionContext context;

    /** What the print of a decision's certificates is made from: the certificates' ids and documents, in number order. */
    public record Pending(long decisionId, List<Long> certificates, List<CertificateDocument> documents) {
    }

    /** Prints the decision's certificates in the background (after the issuing commit, or at a start after a crash). */
    @Asynchronous
    public void printLater(long decisionId) {
        try {
            self().printNow(decisionId);
        } catch (RuntimeException e) {
            LOG.warning(() -> "the certificates of decision " + decisionId + " were not printed now (" + e
                    + "); they are printed when asked for, or at the next start");
        }
    }

    /**
     * Prints and freezes every certificate of the decision still without its print, and the decision's batch when it
     * has none; returns how many certificates were printed. Runs outside any transaction: the rendering takes seconds
     * for a large decision and holds no lock.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int printNow(long decisionId) {
        Pending pending = self().pending(decisionId);
        if (pending == null) {
            return 0;
        }
        long started = System.nanoTime();
        RenderedCertificates rendered = documents.certificates(pending.documents());
        int frozen = self().freeze(pending, rendered);
        LOG.info(() -> "certificates of decision " + decisionId + " printed: " + frozen + " of " + pending.certificates().size()
                + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return frozen;
    }

    /** Prints now, one decision after the other, every certificate still without its print; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int printAwaiting() {
        int printed = 0;
        for (long decision : self().awaiting()) {
            printed += self().printNow(decision);
        }
        return printed;
    }

    /** The decisions with a certificate still without its print. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> awaiting() {
        return em.createNamedQuery(Certificate.AWAITING_PRINT, Long.class).getResultList();
    }

    /** The decision's certificates to print, or null when each has its print and the decision its batch. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Pending pending(long decisionId) {
        Decision decision = em.find(Decision.class, decisionId);
        if (decision == null) {
            return null;
        }
        List<Certificate> certificates = em.createNamedQuery(Certificate.OF_DECISION, Certificate.class)
                .setParameter("decision", decision).getResultList();
        if (certificates.isEmpty()
                || decision.getCertificatesPdf() != null && certificates.stream().noneMatch(Certificate::awaitsPrint)) {
            return null;
        }
        return new Pending(decisionId, certificates.stream().map(Certificate::getId).toList(),
                certificates.stream().map(prints::certificate).toList());
    }

    /**
     * Freezes the prints under the decision's lock: each certificate still without a print gets its own, the decision
     * its batch when it has none; what another server froze meanwhile is kept.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int freeze(Pending pending, RenderedCertificates rendered) {
        Decision decision = em.find(Decision.class, pending.decisionId(), LockModeType.PESSIMISTIC_WRITE);
        Map<Long, Certificate> certificates = new HashMap<>();
        em.createNamedQuery(Certificate.OF_DECISION, Certificate.class).setParameter("decision", decision).getResultList()
                .forEach(c -> certificates.put(c.getId(), c));
        int frozen = 0;
        for (int i = 0; i < pending.certificates().size(); i++) {
            Certificate certificate = certificates.get(pending.certificates().get(i));
            if (certificate != null && certificate.awaitsPrint()) {
                IssuedFile file = IssuedFile.pdf(rendered.each().get(i));
                em.persist(file);
                certificate.freeze(file);
                frozen++;
            }
        }
        if (decision.getCertificatesPdf() == null) {
            // Not a change of the decision by a user: its version stays (an edit or a second issue still meets the rules
            // of the decision as issued, not a concurrent change).
            IssuedFile batch = IssuedFile.pdf(rendered.batch());
            em.persist(batch);
            em.flush();
            em.createNamedQuery(Certificate.BATCH_PRINTED).setParameter("batch", batch).setParameter("id", decision.getId())
                    .executeUpdate();
        }
        return frozen;
    }

    private CertificatePrinting self() {
        return context.getBusinessObject(CertificatePrinting.class);
    }
}
