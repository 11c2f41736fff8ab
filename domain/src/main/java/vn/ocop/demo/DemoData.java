package vn.ocop.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.entity.Role;
import vn.ocop.shared.control.Roles;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the demonstration data on the first start of a demo server ({@link DemoLoad}: the accounts, the former
 * district's 2019–2024 history, the City's year under 148/QĐ-TTg as amended by 1489/QĐ-TTg), in one transaction: it
 * loads completely, or fails loudly in the server log and leaves nothing of it stored. The loading runs as a timer
 * callback right after start-up, because the container applies the bean's run-as role (administrator) to timer
 * callbacks but not to {@code @PostConstruct}. It is skipped when the administrator account exists.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@RunAs(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    public static final String SWITCH = "ocop.demo";
    public static final String PASSWORD = "ocop-demo";
    static final long DISTRICT = 2L;
    static final long THI_TRAN_PHUNG = 10L;
    static final long CITY = 1L;

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Users users;

    @Inject
    DemoLoad loader;

    @Inject
    DemoProvince province;

    @Inject
    vn.ocop.certification.boundary.IssuePrinting printing;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        if (Boolean.getBoolean(SWITCH)) {
            timers.createSingleActionTimer(1, new TimerConfig("demo-data", false));
        }
    }

    /** Loads everything in one transaction (a new one, so that a failure ends here, logged, not in a retried timer). */
    @Timeout
    void load() {
        boolean earlier = users.list("admin", Role.ADMIN, 0, 1).total() > 0;
        String loaded = "its data was loaded on an earlier start";
        long started = System.nanoTime();
        if (!earlier) {
            try {
                loaded = loader.load();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "THE DEMONSTRATION DATA WAS NOT LOADED: nothing of it was stored (it loads in one transaction,"
                        + " which was rolled back). The portal runs without it, with no account; fix the cause below and restart"
                        + " the server to load it again.", e);
                return;
            }
        }
        // The certificates the demonstration issued are printed after its transaction: here, before the province-size
        // data copies them and before the demonstration is said to be ready.
        printing.printAwaiting();
        if (DemoProvince.requested()) {
            try {
                loaded += province.loaded() ? "; the province-size data was loaded on an earlier start"
                        : "; province-size data: " + province.load();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "THE DEMONSTRATION DATA WAS NOT LOADED: the province-size data failed and nothing of it was"
                        + " stored (one transaction, rolled back); the City's demonstration is there. Fix the cause below and"
                        + " restart the server to load it again.", e);
                return;
            }
        }
        LOG.info("OCOP demonstration ready: " + loaded + " (" + (System.nanoTime() - started) / 1_000_000_000 + " s)");
    }
}
