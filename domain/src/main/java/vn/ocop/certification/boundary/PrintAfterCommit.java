package vn.ocop.certification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts the printing of a decision's certificates once the issuing transaction has committed. */
@ApplicationScoped
public class PrintAfterCommit {

    @Inject
    CertificatePrinting printing;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificatesNumbered numbered) {
        printing.printLater(numbered.decisionId());
    }
}
