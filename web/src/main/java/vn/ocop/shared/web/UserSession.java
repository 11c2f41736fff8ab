package vn.ocop.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.boundary.Users;

import java.io.Serializable;
import java.util.Locale;

/**
 * Who is signed in and in which language they read; not page state. The language is the user's
 * saved preference once signed in, Vietnamese before; the public pages (errors, sign-in) follow it through
 * {@link PublicLanguage}'s cookie.
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Inject
    Users users;

    @Inject
    SecurityContext security;

    @Inject
    RolesOfRequest roles;

    private Locale locale = VIETNAMESE;
    private Caller caller;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public void setLanguage(String language) {
        switchTo(language);
    }

    /** An ajax call that only keeps the session alive (the "continue working" button). */
    public void keepAlive() {
        // the request itself renews the session
    }

    /** Switches the language of the interface, and remembers it for a signed-in user. */
    public void switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
        if (getCaller() != null) {
            users.preferLocale(locale);
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            context.getViewRoot().setLocale(locale);
        }
        PublicLanguage.remember(locale.getLanguage());
    }

    /** Called once the sign-in succeeded: loads the user and their language. */
    public void signedIn() {
        caller = users.me();
        locale = "en".equals(caller.locale()) ? Locale.ENGLISH : VIETNAMESE;
        PublicLanguage.remember(locale.getLanguage());
    }

    public Caller getCaller() {
        if (caller == null && security.getCallerPrincipal() != null) {
            signedIn();
        }
        return caller;
    }

    public boolean isSignedIn() {
        return getCaller() != null;
    }

    /** Whether the unit is one the caller's lists show: a commune officer sees their own communes only. */
    public boolean covers(long unitId) {
        java.util.Set<Long> only = getCaller() == null ? null : caller.onlyUnits();
        return only == null || only.contains(unitId);
    }

    public boolean hasRole(String role) {
        return roles.inRole(security.getCallerPrincipal(), role, security::isCallerInRole);
    }
}
