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
 * At each start, the certificates that a stop or a crash left numbered without their print are printed in the
 * background ({@link CertificatePrinting}); the start does not wait for them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@PermitAll
public class PrintRecovery {

    private static final Logger LOG = Logger.getLogger(PrintRecovery.class.getName());

    @Inject
    CertificatePrinting printing;

    @PostConstruct
    void recover() {
        List<Long> decisions = printing.awaiting();
        if (!decisions.isEmpty()) {
            LOG.info(() -> "printing the certificates left without their print, of " + decisions.size() + " decision(s)");
            decisions.forEach(printing::printLater);
        }
    }
}
