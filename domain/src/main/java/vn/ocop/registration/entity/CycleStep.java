package vn.ocop.registration.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a product stands in the OCOP cycle (the six steps of the yearly cycle): the idea is registered (step 2),
 * accepted or returned with a reason; the business plan is submitted (step 3); the product is
 * prepared with support (step 4); the dossier is submitted for evaluation (step 5), where rating
 * takes over.
 */
public enum CycleStep {
    IDEA_REGISTERED, IDEA_RETURNED, IDEA_ACCEPTED, PLAN_SUBMITTED, PREPARING, DOSSIER_SUBMITTED;

    /** The steps a product may go to from this one. */
    public Set<CycleStep> next() {
        return switch (this) {
            case IDEA_REGISTERED -> EnumSet.of(IDEA_ACCEPTED, IDEA_RETURNED);
            case IDEA_RETURNED -> EnumSet.of(IDEA_REGISTERED);
            case IDEA_ACCEPTED -> EnumSet.of(PLAN_SUBMITTED);
            case PLAN_SUBMITTED -> EnumSet.of(PREPARING);
            case PREPARING -> EnumSet.of(DOSSIER_SUBMITTED);
            case DOSSIER_SUBMITTED -> EnumSet.noneOf(CycleStep.class);
        };
    }

    public boolean canMoveTo(CycleStep step) {
        return next().contains(step);
    }

    /** The number of the cycle step (1–6) this state belongs to. */
    public int cycleNumber() {
        return switch (this) {
            case IDEA_REGISTERED, IDEA_RETURNED, IDEA_ACCEPTED -> 2;
            case PLAN_SUBMITTED -> 3;
            case PREPARING -> 4;
            case DOSSIER_SUBMITTED -> 5;
        };
    }
}
