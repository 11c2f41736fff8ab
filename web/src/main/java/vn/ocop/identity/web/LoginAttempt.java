package vn.ocop.identity.web;

import jakarta.enterprise.context.RequestScoped;

/**
 * The sign-in of this request: whether it comes from the login page (a machine client's credentials are checked at
 * every call and leave no trace when they succeed), and the stamp of the account's rights once it succeeded.
 */
@RequestScoped
public class LoginAttempt {

    private boolean interactive;
    private String stamp;

    public boolean isInteractive() {
        return interactive;
    }

    void setInteractive(boolean interactive) {
        this.interactive = interactive;
    }

    String getStamp() {
        return stamp;
    }

    void setStamp(String stamp) {
        this.stamp = stamp;
    }
}
