package vn.ocop.rating.entity;

import vn.ocop.registration.entity.CycleStep;
import vn.ocop.registration.entity.Product;
import vn.ocop.shared.control.BusinessException;

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

    /**
     * Refuses a product in a round that admits only pre-screened dossiers, unless this (its latest) pre-screen passed
     * the dossier as it now stands: a returned dossier not yet submitted again, or a submission not pre-screened.
     */
    public void requireAdmits(Product product) {
        if (product.getStep() != CycleStep.DOSSIER_SUBMITTED && returned()) {
            throw new BusinessException("rating.round.prescreenReturned", product.getName(), reasons);
        }
        if (product.getStep() == CycleStep.DOSSIER_SUBMITTED && !passedForCurrentSubmission()) {
            throw new BusinessException("rating.round.prescreenMissing", product.getName());
        }
    }

    /** Whether the dossier as it now stands passed the commune's pre-screen. */
    public boolean passedForCurrentSubmission() {
        return passed && currentSubmission;
    }
}
