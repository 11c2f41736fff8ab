package vn.ocop.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The language of the public pages (sign-in, verification, errors), which keep no session for a visitor: chosen with
 * {@code ?lang=vi|en} and remembered in a small cookie; Vietnamese otherwise.
 */
@Named
@RequestScoped
public class PublicLanguage {

    static final String COOKIE = "ocop-lang";

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = choose();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** The address of this page in the other language, its other parameters kept. */
    public String address(String language) {
        Map<String, String[]> parameters = request.getParameterMap();
        String query = parameters.entrySet().stream().filter(e -> !"lang".equals(e.getKey()) && e.getKey().matches("[A-Za-z]+"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
        String path = request.getRequestURI();
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + language;
    }

    private Locale choose() {
        String asked = request.getParameter("lang");
        if ("vi".equals(asked) || "en".equals(asked)) {
            remember(asked);
            return of(asked);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && ("vi".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
                    return of(cookie.getValue());
                }
            }
        }
        return UserSession.VIETNAMESE;
    }

    /** Remembers the language for the public pages of this browser (a cookie of a year). */
    static void remember(String language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getExternalContext().isResponseCommitted()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", COOKIE + "=" + language + "; Path=" + path + "; Max-Age=31536000; HttpOnly; SameSite=Lax"
                + (request.isSecure() ? "; Secure" : ""));
    }

    private static Locale of(String language) {
        return "en".equals(language) ? Locale.ENGLISH : UserSession.VIETNAMESE;
    }
}
