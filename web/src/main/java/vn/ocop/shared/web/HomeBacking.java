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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.ocop.planning.boundary.DashboardView.CommuneGroup;
import vn.ocop.shared.control.VietnameseText;

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

    @Inject
    vn.ocop.rating.boundary.Scoring scoring;

    @Inject
    vn.ocop.certification.boundary.Decisions decisions;

    @Inject
    vn.ocop.certification.boundary.Certificates certificates;

    @Inject
    vn.ocop.certification.boundary.Inspections inspections;

    @Inject
    vn.ocop.registration.boundary.Prescreens prescreens;

    @Inject
    vn.ocop.registration.boundary.Registrations registrations;

    /** What waits for the person signed in: a line to read and the page that deals with it. */
    public record Waiting(String id, String text, String outcome, Map<String, String> parameters) implements Serializable {
    }

    private List<Waiting> waiting = List.of();

    /** The commune groups the dashboard shows at once: a province has over a hundred communes. */
    public static final int COMMUNES_PER_PAGE = 12;

    private Map<Role, Long> usersByRole;
    private DashboardView view;
    private String communeQuery;
    private int communePage;

    @PostConstruct
    void load() {
        if (session.hasRole("ADMIN")) {
            usersByRole = users.countByRole();
        }
        if (!session.hasRole("COUNCIL")) {
            view = dashboard.overview();
        }
        waiting = waiting();
    }

    /** What waits for the person signed in, with a link to each: the home page's first card. */
    public List<Waiting> getWaiting() {
        return waiting;
    }

    private List<Waiting> waiting() {
        List<Waiting> items = new java.util.ArrayList<>();
        if (session.hasRole("COUNCIL")) {
            // The sheets left to score in the rounds still scoring: each with its link.
            for (vn.ocop.rating.boundary.RoundView round : scoring.myRounds()) {
                if (round.status() != vn.ocop.rating.entity.RoundStatus.SCORING) {
                    continue;
                }
                vn.ocop.rating.boundary.MemberRoundView mine = scoring.myRound(round.id());
                if (!mine.role().scores()) {
                    continue;
                }
                for (vn.ocop.rating.boundary.MemberRoundView.Product p : mine.products()) {
                    if (p.state() == vn.ocop.rating.entity.ScoringState.SUBMITTED || p.state() == vn.ocop.rating.entity.ScoringState.CONFLICT) {
                        continue;
                    }
                    items.add(new Waiting("sheet-" + round.id() + "-" + p.productId(), Texts.get("home.wait.sheet", p.product(),
                            round.title(), Texts.get("ScoringState." + p.state())), "/rating/score",
                            Map.of("round", round.id().toString(), "product", Long.toString(p.productId()))));
                }
            }
        }
        if (session.hasRole("LEADER") || session.hasRole("OFFICER")) {
            for (vn.ocop.certification.boundary.DecisionView d : decisions.list(0, 50).items()) {
                String name = d.number() != null ? d.number() : d.summary();
                if (session.hasRole("LEADER") && d.status() == vn.ocop.certification.entity.DecisionStatus.DRAFT) {
                    items.add(new Waiting("approve-" + d.id(), Texts.get("home.wait.approve", name), "/certification/decision",
                            Map.of("id", Long.toString(d.id()))));
                } else if (session.hasRole("OFFICER") && d.status() == vn.ocop.certification.entity.DecisionStatus.APPROVED) {
                    items.add(new Waiting("issue-" + d.id(), Texts.get("home.wait.issue", name), "/certification/decision",
                            Map.of("id", Long.toString(d.id()))));
                }
            }
        }
        if (session.hasRole("OFFICER")) {
            long notices = certificates.noticesDue(null).stream().mapToLong(e -> e.certificates().size()).sum();
            if (notices > 0) {
                items.add(new Waiting("notices", Texts.get("home.wait.notices", notices), "/certification/certificates",
                        Map.of("days", "0")));
            }
            // Remedies asked for after an inspection whose day passed without a later compliant inspection.
            long overdue = inspections.overdueCount();
            if (overdue > 0) {
                items.add(new Waiting("inspections", Texts.get("home.wait.inspectionsOverdue", overdue), "/certification/inspections",
                        Map.of("overdue", "true")));
            }
        }
        if (session.hasRole("COMMUNE")) {
            // The commune officer's own producers (the boundary keeps them to their commune).
            long producers = registrations.producers(vn.ocop.registration.boundary.ProducerFilter.none(), 0, 1).total();
            items.add(new Waiting("producers", Texts.get("home.wait.producers", producers), "/registration/producers", Map.of()));
        }
        if ((session.hasRole("OFFICER") || session.hasRole("COMMUNE")) && view != null) {
            long submitted = view.pipeline().getOrDefault(CycleStep.DOSSIER_SUBMITTED, 0L);
            if (submitted > 0) {
                items.add(new Waiting("dossiers", Texts.get(session.hasRole("COMMUNE") ? "home.wait.prescreen" : "home.wait.dossiers", submitted),
                        "/registration/products", Map.of("step", CycleStep.DOSSIER_SUBMITTED.name())));
            }
            long passed = prescreens.prescreened(vn.ocop.registration.entity.PrescreenOutcome.PASSED, 0, 1).total();
            long returned = prescreens.prescreened(vn.ocop.registration.entity.PrescreenOutcome.RETURNED, 0, 1).total();
            if (passed + returned > 0) {
                items.add(new Waiting("prescreens", Texts.get("home.wait.prescreened", passed, returned), "/registration/prescreened",
                        Map.of()));
            }
        }
        return List.copyOf(items);
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

    /**
     * The communes matching the search (by the name of the commune or of a former commune, without
     * diacritics), those with products first, then by name.
     */
    public List<CommuneGroup> getCommunesFound() {
        String key = VietnameseText.searchKey(communeQuery);
        return view.communes().stream()
                .filter(g -> key.isEmpty() || VietnameseText.searchKey(g.commune().name()).contains(key)
                        || g.tiles().stream().anyMatch(t -> VietnameseText.searchKey(t.name()).contains(key)))
                .sorted(Comparator.comparing((CommuneGroup g) -> g.products() == 0)).toList();
    }

    /** One page of the communes found. */
    public List<CommuneGroup> getCommunesShown() {
        List<CommuneGroup> found = getCommunesFound();
        int from = Math.min(communePage * COMMUNES_PER_PAGE, found.size());
        return found.subList(from, Math.min(from + COMMUNES_PER_PAGE, found.size()));
    }

    public int getCommunePages() {
        return Math.max(1, (getCommunesFound().size() + COMMUNES_PER_PAGE - 1) / COMMUNES_PER_PAGE);
    }

    /** "13–24 / 126": which communes the page shows. */
    public String getCommuneRange() {
        int found = getCommunesFound().size();
        int from = Math.min(communePage * COMMUNES_PER_PAGE, found);
        return Texts.get("home.communeRange", found == 0 ? 0 : from + 1, Math.min(from + COMMUNES_PER_PAGE, found), found);
    }

    public void nextCommunes() {
        communePage = Math.min(communePage + 1, getCommunePages() - 1);
    }

    public void previousCommunes() {
        communePage = Math.max(0, communePage - 1);
    }

    public int getCommunePage() {
        return communePage;
    }

    public String getCommuneQuery() {
        return communeQuery;
    }

    public void setCommuneQuery(String communeQuery) {
        this.communeQuery = communeQuery == null || communeQuery.length() <= 60 ? communeQuery : communeQuery.substring(0, 60);
        communePage = 0;
    }

    public List<CertificateView> getExpiringShown() {
        return view.expiring().stream().limit(8).toList();
    }

    public int getExpiringDays() {
        return Dashboard.EXPIRING_DAYS;
    }

    /** A recent change in words: what was done to which record ("Sửa Chủ thể #12"). */
    public String activity(DashboardView.Activity activity) {
        String action = activity.action();
        String verb = action.endsWith("_CREATED") || action.endsWith("_REGISTERED") || action.endsWith("_RECORDED")
                || action.endsWith("_ADDED") || action.endsWith("_OPENED") || action.endsWith("_DRAFTED") || action.endsWith("_UPLOADED")
                || action.endsWith("_ATTACHED") || action.endsWith("_IMPORTED") || action.endsWith("_ENROLLED") ? "created"
                : action.endsWith("_REMOVED") || action.endsWith("_WITHDRAWN") || action.endsWith("_DISCARDED")
                || action.endsWith("_REVOKED") ? "removed" : "changed";
        String type = Texts.get("audit.type." + activity.entityType());
        String record = activity.name() != null ? Texts.get("home.activity.named", activity.name())
                : Texts.get("home.activity.record", activity.entityId());
        return Texts.get("home.activity." + verb, type.startsWith("???") ? activity.entityType() : type, record);
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
                .add("legend", Json.createObjectBuilder().add("position", "bottom"))).add("maintainAspectRatio", false));
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
