package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.geography.entity.Numbering;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.boundary.UserForm;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.entity.Role;
import vn.ocop.shared.control.Roles;

import java.util.List;

/**
 * The demonstration, in one transaction of its own (every bean it calls joins it): the accounts, then the former
 * district's 2019–2024 history — the producers and products of {@link DemoRegistrations}, their supports, the rounds
 * of 2019 and 2024, the training courses, the certification and the plans — and the City's year ({@link DemoCity2026}).
 * Anything refused or failing rolls the whole of it back.
 */
@Stateless
@RunAs(Roles.ADMIN)
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoLoad {

    @PersistenceContext
    EntityManager em;

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

    @Inject
    DemoCity2026 city2026;

    @Inject
    IssuingBodies bodies;

    /** Loads everything and answers what it loaded; anything refused or failing rolls all of it back. */
    public String load() {
        account("admin", "Quản trị Hệ thống", Role.ADMIN, DemoData.DISTRICT);
        account("officer", "Nguyễn Thị Hương", Role.OFFICER, DemoData.DISTRICT);
        account("council1", "Trần Văn Đức", Role.COUNCIL, DemoData.DISTRICT);
        account("council2", "Lê Thị Mai", Role.COUNCIL, DemoData.DISTRICT);
        account("council3", "Phạm Quốc Việt", Role.COUNCIL, DemoData.DISTRICT);
        account("council4", "Nguyễn Văn Long", Role.COUNCIL, DemoData.DISTRICT);
        account("council5", "Vũ Thị Thanh", Role.COUNCIL, DemoData.DISTRICT);
        account("council6", "Bùi Đức Tâm", Role.COUNCIL, DemoData.DISTRICT);
        account("council7", "Đặng Thị Hòa", Role.COUNCIL, DemoData.DISTRICT);
        account("commune", "Đỗ Minh Phượng", Role.COMMUNE, DemoData.THI_TRAN_PHUNG);
        account("leader", "Hoàng Văn Thắng", Role.LEADER, DemoData.DISTRICT);
        city("city.officer", "Ngô Thị Lan", Role.OFFICER, DemoData.CITY);
        city("city.council1", "Phạm Văn Hùng", Role.COUNCIL, DemoData.CITY);
        city("city.council2", "Đinh Thị Hạnh", Role.COUNCIL, DemoData.CITY);
        city("city.council3", "Lưu Quang Huy", Role.COUNCIL, DemoData.CITY);
        city("city.council4", "Tạ Thị Minh Nguyệt", Role.COUNCIL, DemoData.CITY);
        city("city.council5", "Kiều Văn Toàn", Role.COUNCIL, DemoData.CITY);
        city("city.leader", "Nguyễn Mạnh Quân", Role.LEADER, DemoData.CITY);
        city("xa.danphuong", "Phùng Thị Hằng", Role.COMMUNE, DemoCity2026.XA_DAN_PHUONG);
        city("xa.odien", "Nguyễn Văn Khải", Role.COMMUNE, DemoCity2026.XA_O_DIEN);
        city("xa.lienminh", "Đỗ Thị Loan", Role.COMMUNE, DemoCity2026.XA_LIEN_MINH);
        List<Long> producers = registrations.load();
        int supported = supports.load(producers);
        Settle.step(em);
        List<Long> products2024 = registrations.reEvaluations2024(producers);
        int reEvaluated = products2024.size();
        Settle.step(em);
        int rated = ratings.load();
        Settle.step(em);
        int trained = training.load(producers);
        Settle.step(em);
        // The People's Committees number their decisions in their registers: the demonstration types those numbers.
        bodies.numberBy("273", Numbering.REGISTER);
        bodies.numberBy("01", Numbering.REGISTER);
        int certified = certification.load(producers);
        Settle.step(em);
        plans.backdate(products2024);
        // Registered again today, after the pilot's moves were dated: their new dossier is dated today, under 148.
        List<Long> again = certification.reRegistered();
        int planned = plans.load(java.time.LocalDate.now(vn.ocop.shared.control.Clocks.VIETNAM));
        Settle.step(em);
        int cityCertified = city2026.load(again);
        return "Demonstration data loaded: " + planned + " plans, 21 accounts with the password " + DemoData.PASSWORD + ", " + producers.size()
                + " producers of Đan Phượng (2019) and their products, " + supported + " supports, " + reEvaluated
                + " products re-registered in 2024, the rounds of 2019 and 2024 with " + rated + " products, " + certified
                + " OCOP certificates, " + trained + " people who completed a training course; the City's year with "
                + cityCertified + " certificates of the City (" + again.size() + " products re-evaluated or upgraded)";
    }

    private void account(String username, String name, Role role, long unit) {
        UserForm form = UserForm.of(username, name, role, unit);
        form.setEmail(username + "@danphuong.example.vn");
        users.create(form, DemoData.PASSWORD.toCharArray());
    }

    /** An account of the City's year: the City's office, council and leader, the officers of the three communes. */
    private void city(String username, String name, Role role, long unit) {
        UserForm form = UserForm.of(username, name, role, unit);
        form.setEmail(username + "@hanoi.example.vn");
        users.create(form, DemoData.PASSWORD.toCharArray());
    }
}
