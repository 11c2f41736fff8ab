package vn.ocop.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.identity.boundary.Users;
import vn.ocop.identity.entity.Role;
import vn.ocop.planning.boundary.Dashboard;
import vn.ocop.planning.boundary.DashboardView;
import vn.ocop.registration.entity.CycleStep;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The home page: for the office, the leaders, the administrators and commune officers the
 * programme's dashboard (the plan's progress, products by class, commune and cycle step, expiring
 * certificates, training coverage, support against the budget, recent changes), every figure a link
 * to the list behind it; for administrators also the accounts by role.
 */
@Named
@ViewScoped
public class HomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] STAR_COLOURS = {"#b0b7c3", "", "", "#e0a526", "#d9822b", "#c0392b"};

    @Inject
    Users users;

    @Inject
    Dashboard dashboard;

    @Inject
    UserSession session;

    private Map<Role, Long> usersByRole;
    private DashboardView view;

    @PostConstruct
    void load() {
        if (session.hasRole("ADMIN")) {
            usersByRole = users.countByRole();
        }
        if (!session.hasRole("COUNCIL")) {
            view = dashboard.overview();
        }
    }

    public DashboardView getView() {
        return view;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public Map<Role, Long> getUsersByRole() {
        return usersByRole;
    }

    public long getProductsTotal() {
        return view.pipeline().values().stream().mapToLong(Long::longValue).sum();
    }

    public long getRatedTotal() {
        return view.byStars().entrySet().stream().filter(e -> e.getKey() > 0).mapToLong(Map.Entry::getValue).sum();
    }

    public List<CertificateView> getExpiringShown() {
        return view.expiring().stream().limit(8).toList();
    }

    public int getExpiringDays() {
        return Dashboard.EXPIRING_DAYS;
    }

    /** The products by class today, as a doughnut (Chart.js configuration). */
    public String getStarsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (Map.Entry<Integer, Long> entry : view.byStars().entrySet()) {
            labels.add(entry.getKey() == 0 ? Texts.get("home.noClass") : Texts.get("home.stars", entry.getKey()));
            values.add(entry.getValue());
            colours.add(STAR_COLOURS[entry.getKey()]);
        }
        return chart("doughnut", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", values)
                .add("backgroundColor", colours)), Json.createObjectBuilder().add("plugins", Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "right"))));
    }

    /** The products per step of the cycle, as bars. */
    public String getPipelineChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (Map.Entry<CycleStep, Long> entry : view.pipeline().entrySet()) {
            labels.add(Texts.get("CycleStep." + entry.getKey()));
            values.add(entry.getValue());
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", values)
                .add("backgroundColor", "#2f6f9f").add("label", Texts.get("home.products"))), barOptions("y"));
    }

    /** The support of the year per type, as bars in million VND. */
    public String getSupportChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        boolean english = "en".equals(session.getLanguage());
        for (DashboardView.SupportLine line : view.support().byType()) {
            labels.add(english ? line.nameEn() : line.nameVi());
            values.add(Math.round(line.amount() / 100_000.0) / 10.0);
        }
        return chart("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", values)
                .add("backgroundColor", "#1e7b34").add("label", Texts.get("home.supportMillions"))), barOptions("y"));
    }

    private static JsonObjectBuilder barOptions(String axis) {
        return Json.createObjectBuilder().add("indexAxis", axis).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder options) {
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options.add("animation", false)).build().toString();
    }
}
