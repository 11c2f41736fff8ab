package vn.ocop.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.ExpiryNotices;
import vn.ocop.certification.boundary.DecisionView;
import vn.ocop.certification.boundary.Decisions;
import vn.ocop.certification.boundary.Inspections;
import vn.ocop.certification.entity.DecisionStatus;
import vn.ocop.planning.boundary.DashboardView;
import vn.ocop.rating.boundary.MemberRoundView;
import vn.ocop.rating.boundary.RoundView;
import vn.ocop.rating.boundary.Scoring;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.rating.entity.ScoringState;
import vn.ocop.registration.boundary.Prescreens;
import vn.ocop.registration.boundary.ProducerFilter;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.PrescreenOutcome;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The home page's first card: what waits for the person signed in, by their roles, each with a link to the page that deals with it. */
@Named
@ViewScoped
public class HomeWaiting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserSession session;

    @Inject
    HomeBacking home;

    @Inject
    Scoring scoring;

    @Inject
    Decisions decisions;

    @Inject
    ExpiryNotices expiry;

    @Inject
    Prescreens prescreens;

    @Inject
    Inspections inspections;

    @Inject
    Producers registrations;

    /** A line to read and the page that deals with it. */
    public record Waiting(String id, String text, String outcome, Map<String, String> parameters) implements Serializable {
    }

    private List<Waiting> waiting = List.of();

    @PostConstruct
    void load() {
        List<Waiting> items = new ArrayList<>();
        if (session.hasRole("COUNCIL")) {
            sheetsToScore(items);
        }
        if (session.hasRole("LEADER") || session.hasRole("OFFICER")) {
            decisionsToMove(items);
        }
        if (session.hasRole("OFFICER")) {
            long notices = expiry.noticesDue(null).stream().mapToLong(e -> e.certificates().size()).sum();
            if (notices > 0) {
                items.add(new Waiting("notices", Texts.get("home.wait.notices", notices), "/certification/certificates", Map.of("days", "0")));
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
            long producers = registrations.producers(ProducerFilter.none(), 0, 1).total();
            items.add(new Waiting("producers", Texts.get("home.wait.producers", producers), "/registration/producers", Map.of()));
        }
        if ((session.hasRole("OFFICER") || session.hasRole("COMMUNE")) && home.getView() != null) {
            dossiersToCheck(home.getView(), items);
        }
        waiting = List.copyOf(items);
    }

    /** The sheets left to score in the rounds still scoring. */
    private void sheetsToScore(List<Waiting> items) {
        for (RoundView round : scoring.myRounds()) {
            MemberRoundView mine = round.status() == RoundStatus.SCORING ? scoring.myRound(round.id()) : null;
            if (mine == null || !mine.role().scores()) {
                continue;
            }
            for (MemberRoundView.Product p : mine.products()) {
                if (p.state() != ScoringState.SUBMITTED && p.state() != ScoringState.CONFLICT) {
                    items.add(new Waiting("sheet-" + round.id() + "-" + p.productId(), Texts.get("home.wait.sheet", p.product(),
                            round.title(), Texts.get("ScoringState." + p.state())), "/rating/score",
                            Map.of("round", round.id().toString(), "product", Long.toString(p.productId()))));
                }
            }
        }
    }

    /** The drafts a leader approves, the approved decisions the office issues. */
    private void decisionsToMove(List<Waiting> items) {
        for (DecisionView d : decisions.list(0, 50).items()) {
            String name = d.number() != null ? d.number() : d.summary();
            Map<String, String> link = Map.of("id", Long.toString(d.id()));
            if (session.hasRole("LEADER") && d.status() == DecisionStatus.DRAFT) {
                items.add(new Waiting("approve-" + d.id(), Texts.get("home.wait.approve", name), "/certification/decision", link));
            } else if (session.hasRole("OFFICER") && d.status() == DecisionStatus.APPROVED) {
                items.add(new Waiting("issue-" + d.id(), Texts.get("home.wait.issue", name), "/certification/decision", link));
            }
        }
    }

    /** The dossiers submitted and not yet pre-screened, and the pre-screens recorded. */
    private void dossiersToCheck(DashboardView view, List<Waiting> items) {
        long submitted = view.pipeline().getOrDefault(CycleStep.DOSSIER_SUBMITTED, 0L);
        if (submitted > 0) {
            items.add(new Waiting("dossiers", Texts.get(session.hasRole("COMMUNE") ? "home.wait.prescreen" : "home.wait.dossiers", submitted),
                    "/registration/products", Map.of("step", CycleStep.DOSSIER_SUBMITTED.name())));
        }
        long passed = prescreens.prescreenedCount(PrescreenOutcome.PASSED);
        long returned = prescreens.prescreenedCount(PrescreenOutcome.RETURNED);
        if (passed + returned > 0) {
            items.add(new Waiting("prescreens", Texts.get("home.wait.prescreened", passed, returned), "/registration/prescreened", Map.of()));
        }
    }

    public List<Waiting> getWaiting() {
        return waiting;
    }
}
