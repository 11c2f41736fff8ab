package vn.ocop.it.support;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import vn.ocop.identity.boundary.UserForm;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.entity.Role;

/**
 * The integration tests' own accounts, created through the Users boundary when the test
 * deployment starts (the test servers never load demonstration data). Like the demonstration
 * data, they are created in a timer callback, where the run-as role applies; tests wait for them
 * with {@link Database#awaitTestAccounts()}.
 */
@Singleton
@Startup
@RunAs("ADMIN")
public class TestAccounts {

    public static final String PASSWORD = "it-secret-1";
    public static final long DISTRICT = 2L;
    public static final long THI_TRAN_PHUNG = 10L;
    /** The communes of 01/07/2025: xã Đan Phượng took over thị trấn Phùng whole, xã Ô Diên most of xã Hồng Hà. */
    public static final long XA_DAN_PHUONG = 40L;
    public static final long XA_O_DIEN = 41L;
    public static final long HONG_HA = 14L;

    @Inject
    Users users;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(1, new TimerConfig("test-accounts", false));
    }

    @Timeout
    void create() {
        if (users.list("it-admin", null, 0, 1).total() > 0) {
            return;
        }
        account("it-admin", "Quản trị Kiểm thử", Role.ADMIN, DISTRICT);
        account("it-officer", "Cán bộ Kiểm thử", Role.OFFICER, DISTRICT);
        account("it-commune", "Cán bộ Xã Kiểm thử", Role.COMMUNE, THI_TRAN_PHUNG);
        account("it-leader", "Lãnh đạo Kiểm thử", Role.LEADER, DISTRICT);
        account("it-council", "Thành viên Kiểm thử", Role.COUNCIL, DISTRICT);
        account("it-locked", "Người Bị Khóa", Role.OFFICER, DISTRICT);
        // Changed behind their sessions' backs by AccountSecurityIT (nothing else uses them).
        account("it-moved", "Người Đổi Vai Trò", Role.COUNCIL, DISTRICT);
        account("it-gone", "Người Bị Vô Hiệu", Role.OFFICER, DISTRICT);
        account("it-reset", "Người Được Đặt Lại Mật Khẩu", Role.LEADER, DISTRICT);
        account("it-xa-danphuong", "Cán bộ Xã Đan Phượng Kiểm thử", Role.COMMUNE, XA_DAN_PHUONG);
        account("it-xa-odien", "Cán bộ Xã Ô Diên Kiểm thử", Role.COMMUNE, XA_O_DIEN);
    }

    private void account(String username, String name, Role role, long unit) {
        users.create(UserForm.of(username, name, role, unit), PASSWORD.toCharArray());
    }
}
