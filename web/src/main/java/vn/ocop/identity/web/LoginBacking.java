package vn.ocop.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ocop.identity.boundary.Logins;
import vn.ocop.shared.web.ClientAddress;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;

import java.io.IOException;

/** The login page: signs in through the portal's authentication mechanism, then goes on. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    UserSession session;

    @Inject
    Logins logins;

    @NotBlank
    @Size(max = 40)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            session.signedIn();
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            Texts.error(null, "login.refused");
        }
    }

    public void signOut() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            logins.signedOut(request.getUserPrincipal().getName(), ClientAddress.of(request));
        }
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session is invalidated below either way
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + PortalAuthentication.LOGIN_PAGE + "?bye=1");
        faces.responseComplete();
    }

    /** Only a path inside the portal: never another host, never a resource or the login page itself. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(PortalAuthentication.LOGIN_PAGE) || next.startsWith("/jakarta.faces.resource")
                || next.startsWith("/api/")) {
            return "/index.xhtml";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
