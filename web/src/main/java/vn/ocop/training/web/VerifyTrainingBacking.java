package vn.ocop.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.ocop.shared.web.ClientAddress;
import vn.ocop.shared.web.VerificationLimit;
import vn.ocop.training.boundary.Enrolments;
import vn.ocop.training.boundary.VerifiedCertificate;

/** The public page that checks a training certificate by its number: the name on it and the course, nothing else (rate limited). */
@Named
@RequestScoped
public class VerifyTrainingBacking {

    @Inject
    Enrolments enrolments;

    @Inject
    VerificationLimit limit;

    @Inject
    HttpServletRequest request;

    private String number;
    private VerifiedCertificate certificate;
    private boolean checked;
    private boolean limited;

    /** Called by the view parameter. */
    public void load() {
        if (number != null && !number.isBlank()) {
            if (!limit.allow(ClientAddress.of(request))) {
                limited = true;
                return;
            }
            certificate = enrolments.verify(number).orElse(null);
            checked = true;
        }
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public VerifiedCertificate getCertificate() { return certificate; }
    public boolean isChecked() { return checked; }
    public boolean isLimited() { return limited; }
}
