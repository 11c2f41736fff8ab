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
import vn.ocop.certification.entity.DecisionStatus;
import vn.ocop.reports.CertificateDocument;
import vn.ocop.reports.DecisionDocument;
import vn.ocop.reports.Documents;
import vn.ocop.reports.RenderedCertificates;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.entity.IssuedFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The prints of an issued decision, made after the issuing transaction: issuing numbers the decision (and its
 * certificates) in one short transaction, which holds the body's counters for that only; then the decision's own PDF
 * and its certificates' PDFs are rendered outside any transaction and frozen in one more each (the decision's, then
 * each certificate's and the batch). A frozen print is never replaced. Nothing is lost on a crash: a print not made
 * yet is made when someone asks for it ({@link #printDecision}, {@link #printCertificates}), by the job started after
 * the issuing commit ({@link #printLater}) or at the next start ({@code PrintRecovery}). Two servers printing the same
 * decision at once: the second finds the prints frozen when it gets the decision's lock and keeps the first's.
 * Internal to certification (the issuing and reading boundaries and the recovery call it).
 */
@Stateless
@PermitAll
public class IssuePrinting {

    private static final Logger LOG = Logger.getLogger(IssuePrinting.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Documents documents;

    @Inject
    Prints prints;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** What the print of a decision's certificates is made from: the certificates' ids and documents, in number order. */
    public record Pending(long decisionId, List<Long> certificates, List<CertificateDocument> documents) {
    }

    /**
     * Prints the decision and its certificates in the background (after the issuing commit, or at a start after a
     * crash): the decision first, the document people ask for first.
     */
    @Asynchronous
    public void printLater(long decisionId) {
        try {
            self().printDecision(decisionId);
        } catch (RuntimeException e) {
            LOG.warning(() -> "decision " + decisionId + " was not printed now (" + e
                    + "); it is printed when asked for, or at the next start");
        }
        try {
            self().printCertificates(decisionId);
        } catch (RuntimeException e) {
            LOG.warning(() -> "the certificates of decision " + decisionId + " were not printed now (" + e
                    + "); they are printed when asked for, or at the next start");
        }
    }

    /**
     * Prints and freezes the issued decision's own PDF when it has none yet; returns whether this call froze it.
     * Runs outside any transaction: a decision with a long annex takes seconds to render and holds no lock meanwhile.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean printDecision(long decisionId) {
        DecisionDocument document = self().decisionToPrint(decisionId);
        if (document == null) {
            return false;
        }
        long started = System.nanoTime();
        byte[] pdf = documents.pdf(document);
        boolean frozen = self().freezeDecision(decisionId, pdf);
        LOG.info(() -> "decision " + decisionId + " printed" + (frozen ? "" : " (the print made meanwhile is kept)") + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return frozen;
    }

    /** The issued decision as it prints, with its number and signing date; null when it has its print. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DecisionDocument decisionToPrint(long decisionId) {
        Decision decision = em.find(Decision.class, decisionId);
        if (decision == null || decision.getStatus() != DecisionStatus.ISSUED || decision.getPdf() != null) {
            return null;
        }
        return prints.decision(decision, decision.getNumber(), decision.getSignedOn());
    }

    /**
     * Freezes the decision's print under its lock, once: a print another server froze meanwhile is kept. Not a change
     * of the decision by a user, so its version stays; the audit log records the print's SHA-256.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean freezeDecision(long decisionId, byte[] pdf) {
        Decision decision = em.find(Decision.class, decisionId, LockModeType.PESSIMISTIC_WRITE);
        if (decision == null || decision.getStatus() != DecisionStatus.ISSUED || decision.getPdf() != null) {
            return false;
        }
        String before = decision.auditState();
        IssuedFile file = IssuedFile.pdf(pdf);
        em.persist(file);
        em.flush();
        int kept = em.createNamedQuery(Decision.PRINTED).setParameter("pdf", file).setParameter("id", decisionId).executeUpdate();
        em.refresh(decision);
        audit.change("DECISION_PRINTED", decision, before, null);
        return kept == 1;
    }

    /** Prints the decision's certificates still without their print, and its batch; returns how many were printed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int printCertificates(long decisionId) {
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

    /** Prints now, one decision after the other, every print still to make (decisions and certificates); returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int printAwaiting() {
        int printed = 0;
        for (long decision : self().awaiting()) {
            printed += (self().printDecision(decision) ? 1 : 0) + self().printCertificates(decision);
        }
        return printed;
    }

    /** The decisions without their print or with a certificate still without its print, in the order of their ids. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> awaiting() {
        TreeSet<Long> decisions = new TreeSet<>(em.createNamedQuery(Decision.AWAITING_PRINT, Long.class).getResultList());
        decisions.addAll(em.createNamedQuery(Certificate.AWAITING_PRINT, Long.class).getResultList());
        return List.copyOf(decisions);
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

    private IssuePrinting self() {
        return context.getBusinessObject(IssuePrinting.class);
    }
}
