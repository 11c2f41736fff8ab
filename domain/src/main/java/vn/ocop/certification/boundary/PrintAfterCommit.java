package vn.ocop.certification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts the printing of an issued decision and of its certificates once the issuing transaction has committed. */
@ApplicationScoped
public class PrintAfterCommit {

    @Inject
    IssuePrinting printing;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DecisionIssued issued) {
        printing.printLater(issued.decisionId());
    }
}
