package vn.ocop.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.entity.Role;
import vn.ocop.planning.boundary.Dashboard;
import vn.ocop.planning.boundary.DashboardView;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The home page: for the office, the leaders, the administrators and commune officers the
 * programme's dashboard (the plan's progress, products by class, commune and cycle step, expiring
 * certificates, training coverage, support against the budget, recent changes), every figure a link
 * to the list behind it; for administrators also the accounts by role. What waits for the person
 * signed in is {@link HomeWaiting}'s.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    Dashboard dashboard;

    @Inject
    UserSession session;

    private Map<Role, Long> usersByRole;
    private DashboardView view;
    private CommuneBrowser communes;

    @PostConstruct
    void load() {
        if (session.hasRole("ADMIN")) {
            usersByRole = users.countByRole();
        }
        if (!session.hasRole("COUNCIL")) {
            view = dashboard.overview();
            communes = new CommuneBrowser(view.communes());
        }
    }

    public DashboardView getView() {
        return view;
    }

    public Map<Role, Long> getUsersByRole() {
        return usersByRole;
    }

    public CommuneBrowser getCommunes() {
        return communes;
    }

    public List<CertificateView> getExpiringShown() {
        return view.expiring().stream().limit(8).toList();
    }

    public int getExpiringDays() {
        return Dashboard.EXPIRING_DAYS;
    }

    /** A recent change in words: what was done to which record ("Sửa Chủ thể #12"). */
    public String activity(DashboardView.Activity activity) {
        String type = Texts.get("audit.type." + activity.entityType());
        String record = activity.name() != null ? Texts.get("home.activity.named", activity.name())
                : Texts.get("home.activity.record", activity.entityId());
        return Texts.get("home.activity." + activity.change(), type.startsWith("???") ? activity.entityType() : type, record);
    }

    public String getStarsChart() {
        return DashboardCharts.stars(view);
    }

    public String getPipelineChart() {
        return DashboardCharts.pipeline(view);
    }

    public String getSupportChart() {
        return DashboardCharts.support(view, "en".equals(session.getLanguage()));
    }
}
