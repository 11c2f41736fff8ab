package vn.ocop.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.entity.Role;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.shared.control.Clocks;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The home dashboard: real figures of what exists; each capability adds its own panel. */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    Geography geography;

    private Map<Role, Long> usersByRole;
    private long unitsTotal;
    private long communesToday;
    private long communesHistoric;

    @PostConstruct
    void load() {
        usersByRole = users.countByRole();
        List<UnitView> units = geography.units();
        unitsTotal = units.size();
        LocalDate today = LocalDate.now(Clocks.VIETNAM);
        communesToday = units.stream().filter(u -> u.level() == UnitLevel.COMMUNE && u.isValidOn(today)).count();
        communesHistoric = units.stream().filter(u -> u.level() == UnitLevel.COMMUNE && !u.isValidOn(today)).count();
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public Map<Role, Long> getUsersByRole() {
        return usersByRole;
    }

    public long getUsersTotal() {
        return usersByRole.values().stream().mapToLong(Long::longValue).sum();
    }

    public long getUnitsTotal() {
        return unitsTotal;
    }

    public long getCommunesToday() {
        return communesToday;
    }

    public long getCommunesHistoric() {
        return communesHistoric;
    }
}
