package vn.ocop.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.ocop.identity.boundary.ApiTokens;
import vn.ocop.identity.boundary.Logins;
import vn.ocop.identity.boundary.TokenCaller;
import vn.ocop.shared.web.JsonRefusal;
import vn.ocop.shared.web.RequestGuard;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Form sign-in for the pages, remembered in the HTTP session. A protected page asked for without
 * a session goes to the login page (and back afterwards); the JSON API answers 401 instead, and
 * also accepts personal API tokens ({@code Authorization: Bearer ocop_…}, see {@link ApiTokens}) and HTTP Basic
 * credentials for machine clients (same users and throttle; no session is
 * kept for them, and a successful call writes neither the account nor the audit log).
 *
 * <p>The session keeps who signed in and their groups, and every request hands both to the
 * container explicitly, once the account's current state in the database still matches what the session signed in
 * with (enabled, same role, unit and password): a disabled account, a new role or a reset password takes effect at
 * that account's very next request, in every session. Jakarta Security's {@code @AutoApplySession} is not used: on Payara it
 * re-reads the groups from the security context, which under load is sometimes empty, and a
 * signed-in member then got 403 (Payara issue #6145, met in ScoringIT with 15 members saving at once).
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    /** The session attribute holding the signed-in caller. */
    static final String SIGNED_IN = PortalAuthentication.class.getName() + ".signedIn";

    /**
     * Who signed in with the form, their groups (the role) and the stamp of the account's rights when they signed in,
     * kept in the HTTP session.
     */
    record SignedIn(String username, Set<String> groups, String stamp) implements Serializable {
        SignedIn {
            groups = Set.copyOf(groups);
        }
    }

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String API = "/api/";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginAttempt attempt;

    @EJB
    Logins logins;

    @EJB
    ApiTokens tokens;

    /** Set on a request made with a personal API token (such a call may not manage tokens). */
    public static final String BY_TOKEN = PortalAuthentication.class.getName() + ".byToken";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        boolean form = credential != null;
        if (!form) {
            if (isResource(request)) {
                return context.doNothing();
            }
            SignedIn signedIn = signedIn(request);
            if (signedIn != null) {
                if (stillValid(signedIn)) {
                    return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
                }
                request.getSession().invalidate();
            }
        }
        if (credential == null && isApi(request)) {
            String bearer = bearer(request);
            if (bearer != null) {
                return withToken(bearer, request, response, context);
            }
            credential = basic(request);
        }
        if (credential != null) {
            attempt.setInteractive(form);
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                SignedIn signedIn = new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups(),
                        attempt.getStamp());
                if (form) {
                    request.getSession(true).setAttribute(SIGNED_IN, signedIn);
                }
                return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
            }
            return isApi(request) ? unauthorized(response, context) : AuthenticationStatus.SEND_FAILURE;
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(response, context);
        }
        return toLoginPage(request, response, context);
    }

    /** Clears what the session remembers of the caller (signing out also invalidates the session). */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /**
     * After the caller changed their own password: this session carries the account's new stamp (the others of the
     * same account end at their next request).
     */
    public void restamp(HttpServletRequest request) {
        SignedIn signedIn = signedIn(request);
        if (signedIn != null) {
            logins.stampOf(signedIn.username()).ifPresent(stamp ->
                    request.getSession().setAttribute(SIGNED_IN, new SignedIn(signedIn.username(), signedIn.groups(), stamp)));
        }
    }

    /** Whether the account is still enabled with the role, unit and password that the session signed in with. */
    private boolean stillValid(SignedIn signedIn) {
        return logins.stampOf(signedIn.username()).map(stamp -> stamp.equals(signedIn.stamp())).orElse(false);
    }

    /** The pages' style sheets, scripts and images: public, and served without looking at the session. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private static SignedIn signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + API);
    }

    /**
     * A call with a personal API token: it acts as the token's owner with their role now; a read-only token's writes
     * are refused by the {@link RequestGuard} (a refusal written here became the error page on WildFly); an unknown,
     * revoked or expired token is answered as no credentials at all.
     */
    private AuthenticationStatus withToken(String bearer, HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        TokenCaller caller = tokens.authenticate(bearer).orElse(null);
        if (caller == null) {
            return unauthorized(response, context);
        }
        if (!caller.mayWrite()) {
            request.setAttribute(RequestGuard.READ_ONLY_TOKEN, Boolean.TRUE);
        }
        request.setAttribute(BY_TOKEN, Boolean.TRUE);
        return context.notifyContainerAboutLogin(caller.username(), Set.of(caller.role().name()));
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    }

    private static Credential basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        JsonRefusal.send(context.getRequest(), response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "error.unauthorized");
        // The answer is complete: SEND_CONTINUE leaves it as written. With SEND_FAILURE WildFly replaced the JSON by its
        // own error page.
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
            target += "?" + request.getQueryString();
        }
        String login = request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }
}
