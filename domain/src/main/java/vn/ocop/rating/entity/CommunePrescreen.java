package vn.ocop.rating.entity;

import java.time.LocalDate;

/**
 * A product's latest pre-screen by the commune, as a round needs to know it: passed or returned, whether it is the
 * pre-screen of the dossier's current submission (a dossier submitted again after a return is not yet pre-screened),
 * the day and the reasons of a return. {@link #NONE} for a product never pre-screened.
 */
public record CommunePrescreen(boolean passed, boolean currentSubmission, LocalDate screenedOn, String reasons) {

    public static final CommunePrescreen NONE = new CommunePrescreen(false, false, null, null);

    /** Whether the latest pre-screen returned the dossier to the producer. */
    public boolean returned() {
        return screenedOn != null && !passed;
    }

    /** Whether the dossier as it now stands passed the commune's pre-screen. */
    public boolean passedForCurrentSubmission() {
        return passed && currentSubmission;
    }
}
