package vn.ocop.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a value in its address that its view parameter cannot take (an id that is not a number, a
 * number too large): the address names no record, so the page answers as not found, as it does for a number that
 * names nothing. Without this, the page's loading actions are skipped and it would render without its record.
 * Lists that take filters from the address read them as text and warn about what they do not understand instead.
 */
public class AddressParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before: the view parameters are converted in this phase.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed()) {
            PortalExceptionHandler.redirect(context, "/error/404.xhtml");
        }
    }
}
