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
import vn.ocop.identity.boundary.UserForm;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.entity.Role;
import vn.ocop.shared.control.Roles;

import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demonstration data on the first start of a demo server: the accounts, then the
 * producers and products of {@link DemoRegistrations}, their supports and the training courses. The loading runs as a timer callback right
 * after start-up, because the container applies the bean's run-as role (administrator) to timer
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

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    Users users;

    @Inject
    DemoRegistrations registrations;

    @Inject
    DemoSupports supports;

    @Inject
    DemoRatings ratings;

    @Inject
    DemoTraining training;

    @Inject
    DemoCertification certification;

    @Inject
    DemoPlans plans;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        if (Boolean.getBoolean(SWITCH)) {
            timers.createSingleActionTimer(1, new TimerConfig("demo-data", false));
        }
    }

    @Timeout
    void load() {
        if (users.list("admin", Role.ADMIN, 0, 1).total() > 0) {
            LOG.info("Demonstration data already loaded");
            return;
        }
        account("admin", "Quản trị Hệ thống", Role.ADMIN, DISTRICT);
        account("officer", "Nguyễn Thị Hương", Role.OFFICER, DISTRICT);
        account("council1", "Trần Văn Đức", Role.COUNCIL, DISTRICT);
        account("council2", "Lê Thị Mai", Role.COUNCIL, DISTRICT);
        account("council3", "Phạm Quốc Việt", Role.COUNCIL, DISTRICT);
        account("council4", "Nguyễn Văn Long", Role.COUNCIL, DISTRICT);
        account("council5", "Vũ Thị Thanh", Role.COUNCIL, DISTRICT);
        account("council6", "Bùi Đức Tâm", Role.COUNCIL, DISTRICT);
        account("council7", "Đặng Thị Hòa", Role.COUNCIL, DISTRICT);
        account("commune", "Đỗ Minh Phượng", Role.COMMUNE, THI_TRAN_PHUNG);
        account("leader", "Hoàng Văn Thắng", Role.LEADER, DISTRICT);
        List<Long> producers = registrations.load();
        int supported = supports.load(producers);
        List<Long> products2024 = registrations.reEvaluations2024(producers);
        int reEvaluated = products2024.size();
        int rated = ratings.load();
        int trained = training.load(producers);
        int certified = 0;
        try {
            certified = certification.load(producers);
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "Demonstration certification failed; the rest of the demonstration data stays", e);
        }
        int planned = 0;
        try {
            plans.backdate(products2024);
            planned = plans.load(java.time.LocalDate.now(vn.ocop.shared.control.Clocks.VIETNAM));
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "Demonstration plans failed; the rest of the demonstration data stays", e);
        }
        LOG.info("Demonstration data loaded: " + planned + " plans, 11 accounts with the password " + PASSWORD + ", " + producers.size()
                + " producers of Đan Phượng (2019) and their products, " + supported + " supports, " + reEvaluated
                + " products re-registered in 2024, the rounds of 2019 and 2024 with " + rated + " products, " + certified
                + " OCOP certificates, " + trained + " people who completed a training course");
    }

    private void account(String username, String name, Role role, long unit) {
        UserForm form = UserForm.of(username, name, role, unit);
        form.setEmail(username + "@danphuong.example.vn");
        users.create(form, PASSWORD.toCharArray());
    }
}
