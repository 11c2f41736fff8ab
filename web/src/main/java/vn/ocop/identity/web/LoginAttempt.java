package vn.ocop.identity.web;

import jakarta.enterprise.context.RequestScoped;
import vn.ocop.identity.boundary.LoginOutcome;

/** How the sign-in of this request ended, so the login page can say why it was refused. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    public LoginOutcome getOutcome() {
        return outcome;
    }

    void setOutcome(LoginOutcome outcome) {
        this.outcome = outcome;
    }
}
