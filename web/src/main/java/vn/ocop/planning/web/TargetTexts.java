package vn.ocop.planning.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import vn.ocop.planning.boundary.PlanView;
import vn.ocop.planning.boundary.TargetProgress;
import vn.ocop.planning.entity.TargetKind;
import vn.ocop.shared.web.Texts;

import java.time.format.DateTimeFormatter;

/** How a plan and its targets read on a page (the home page and the plans page): labels and the lists behind the actuals. */
@Named
@ApplicationScoped
public class TargetTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** "Kế hoạch số 75/KH-UBND ngày 15/03/2019: title" in the page's language. */
    public String heading(PlanView plan) {
        return Texts.get("plans.heading", plan.number(), DAY.format(plan.issuedOn()), plan.title());
    }

    /** The label of a target: its kind, with its unit for producers, its class or its audience. */
    public String label(TargetProgress target) {
        if (target.stars() != null) {
            return Texts.get("plans.kind.PRODUCTS_RECOGNISED.stars", target.stars());
        }
        if (target.audience() != null) {
            return Texts.get("plans.kind.TRAINING_COVERAGE") + ": " + Texts.get("Audience." + target.audience());
        }
        return Texts.get("plans.kind." + target.kind() + (target.kind() == TargetKind.PRODUCERS_TAKING_PART ? "." + target.unit() : ""));
    }

    /** The page of the list behind a target's actual (relative to the application). */
    public String link(TargetProgress target, int year) {
        return switch (target.kind()) {
            case PRODUCERS_TAKING_PART -> "/registration/producers.xhtml";
            case PRODUCTS_EVALUATED -> "/rating/rounds.xhtml";
            case PRODUCTS_RECOGNISED -> "/certification/certificates.xhtml";
            case SUPPORT_BUDGET -> "/registration/supports.xhtml?year=" + year;
            case TRAINING_COVERAGE -> "/training/coverage.xhtml?year=" + year;
        };
    }
}
