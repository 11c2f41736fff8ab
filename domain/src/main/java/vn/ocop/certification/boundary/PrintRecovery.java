package vn.ocop.certification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Logger;

/**
 * At each start, the decisions and certificates that a stop or a crash left issued without their print are printed in
 * the background ({@link IssuePrinting}); the start does not wait for them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@PermitAll
public class PrintRecovery {

    private static final Logger LOG = Logger.getLogger(PrintRecovery.class.getName());

    @Inject
    IssuePrinting printing;

    @PostConstruct
    void recover() {
        List<Long> decisions = printing.awaiting();
        if (!decisions.isEmpty()) {
            LOG.info(() -> "printing what was left issued without its print, of " + decisions.size() + " decision(s)");
            decisions.forEach(printing::printLater);
        }
    }
}
