package vn.ocop.certification.web;

import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.ocop.shared.web.ClientAddress;
import vn.ocop.shared.web.VerificationLimit;
import vn.ocop.certification.boundary.Verification;
import vn.ocop.certification.boundary.VerifiedCertificate;

import java.io.Serializable;

/**
 * The public verification page (no sign-in): a certificate number typed in or brought by the QR code's link, and
 * what the certificate is today. One address may ask only so often ({@link VerificationLimit}).
 */
@Named
@RequestScoped
public class VerifyBacking implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    Verification verification;

    @Inject
    VerificationLimit limit;

    private String number;
    private VerifiedCertificate found;
    private boolean asked;
    private boolean limited;

    /** Called by the view parameter (the QR code's link) and by the button. */
    public void verify() {
        found = null;
        asked = number != null && !number.isBlank();
        limited = false;
        if (!asked) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (!limit.allow(ClientAddress.of(request))) {
            limited = true;
            return;
        }
        found = verification.verify(number).orElse(null);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public VerifiedCertificate getFound() { return found; }
    public boolean isAsked() { return asked; }
    public boolean isLimited() { return limited; }
}
