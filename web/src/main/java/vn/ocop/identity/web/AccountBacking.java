package vn.ocop.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.ocop.identity.boundary.Users;
import vn.ocop.shared.web.Texts;

/** The signed-in user's own account: change the password (this session goes on, the account's other sessions end). */
@Named
@RequestScoped
public class AccountBacking {

    @Inject
    Users users;

    @Inject
    PortalAuthentication authentication;

    @Inject
    HttpServletRequest request;

    private String current;
    private String replacement;
    private String repeated;

    public void changePassword() {
        if (replacement == null || !replacement.equals(repeated)) {
            Texts.error("account:repeated", "account.password.mismatch");
            return;
        }
        users.changeOwnPassword(current.toCharArray(), replacement.toCharArray());
        authentication.restamp(request);
        current = null;
        replacement = null;
        repeated = null;
        Texts.info("account.password.changed");
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
