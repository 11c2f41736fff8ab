package vn.ocop.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.training.boundary.Enrolments;
import vn.ocop.training.boundary.VerifiedCertificate;

/** The public page that checks a training certificate by its number: the name on it and the course, nothing else. */
@Named
@RequestScoped
public class VerifyTrainingBacking {

    @Inject
    Enrolments enrolments;

    private String number;
    private VerifiedCertificate certificate;
    private boolean checked;

    /** Called by the view parameter. */
    public void load() {
        if (number != null && !number.isBlank()) {
            certificate = enrolments.verify(number).orElse(null);
            checked = true;
        }
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public VerifiedCertificate getCertificate() { return certificate; }
    public boolean isChecked() { return checked; }
}
