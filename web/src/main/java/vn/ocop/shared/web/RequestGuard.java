package vn.ocop.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The first thing every request meets.
 * <ul>
 * <li>Requests from other sites: a write (any method but GET, HEAD, OPTIONS) that carries the session cookie must come
 * from the portal's own pages: an {@code Origin} (or, without one, a {@code Referer}) of the portal itself, or, from a
 * script, the header {@code X-Requested-With}. Anything else is refused with 403 before it reaches a page or the API,
 * so a form on another site cannot act with a signed-in user's cookie. Calls with their own credentials
 * ({@code Authorization}) carry no cookie to abuse and pass.</li>
 * <li>Plain HTTP, where the server has HTTPS of its own (the system property {@code ocop.https-port}, set by the
 * installation on Payara, whose own redirecting listener fails to start): redirected to the same address over HTTPS
 * (301; 308 for a write, which keeps its method). WildFly redirects in the server itself.</li>
 * <li>A read-only API token (marked by the authentication) cannot write: 403 before the API.</li>
 * <li>Headers on every answer: a Content-Security-Policy that allows only the portal's own resources (PrimeFaces'
 * scripts and the portal's inline handlers included) and no framing, no MIME sniffing, no referrer to other sites,
 * and no caching of anything but the static resources; HSTS once the request came over HTTPS.</li>
 * </ul>
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuard extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    /** Set by the authentication on a request made with a read-only API token. */
    public static final String READ_ONLY_TOKEN = RequestGuard.class.getName() + ".readOnlyToken";

    /** The port of the server's own HTTPS, to which plain HTTP is redirected; unset: no redirect. */
    public static final String HTTPS_PORT = "ocop.https-port";

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String httpsPort = System.getProperty(HTTPS_PORT);
        if (httpsPort != null && !httpsPort.isBlank() && !isSecure(request)) {
            String location = httpsAddress(request.getServerName(), httpsPort, request.getRequestURI(), request.getQueryString());
            if (location != null) {
                response.setStatus(SAFE.contains(request.getMethod()) ? HttpServletResponse.SC_MOVED_PERMANENTLY : 308);
                response.setHeader("Location", location);
                return;
            }
        }
        boolean resource = request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/resources/");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (isSecure(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (!resource) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (!SAFE.contains(request.getMethod()) && request.getAttribute(READ_ONLY_TOKEN) != null) {
            JsonRefusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "identity.token.readOnly");
            return;
        }
        if (!SAFE.contains(request.getMethod()) && request.getRequestedSessionId() != null
                && request.getHeader("Authorization") == null && !fromThePortal(request)) {
            JsonRefusal.send(request, response, HttpServletResponse.SC_FORBIDDEN, "crossSite", "error.crossSite");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a write with the session cookie comes from the portal's own pages or scripts. */
    static boolean fromThePortal(HttpServletRequest request) {
        return fromThePortal(request.getHeader("Origin"), request.getHeader("X-Requested-With"), request.getHeader("Referer"),
                request.getHeader("Host"), System.getProperty("ocop.public-url"));
    }

    static boolean fromThePortal(String origin, String requestedWith, String referer, String host, String publicUrl) {
        if (origin != null && !origin.isBlank()) {
            return !"null".equals(origin.strip()) && sameSite(origin, host, publicUrl);
        }
        if (requestedWith != null) {
            return true;
        }
        return referer != null && sameSite(referer, host, publicUrl);
    }

    /** Whether an Origin or Referer names this server: the Host the browser asked, or the configured public address. */
    private static boolean sameSite(String address, String host, String publicUrl) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            String asked = authority(uri.getScheme(), uri.getHost(), uri.getPort());
            if (host != null && !host.isBlank()) {
                URI hostUri = URI.create(uri.getScheme() + "://" + host.strip());
                if (hostUri.getHost() != null && asked.equals(authority(uri.getScheme(), hostUri.getHost(), hostUri.getPort()))) {
                    return true;
                }
            }
            if (publicUrl != null && !publicUrl.isBlank()) {
                URI configured = URI.create(publicUrl.strip());
                return configured.getHost() != null && configured.getScheme() != null
                        && asked.equals(authority(configured.getScheme(), configured.getHost(), configured.getPort()));
            }
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String authority(String scheme, String host, int port) {
        int effective = port >= 0 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
        return host.toLowerCase(Locale.ROOT) + ":" + effective;
    }

    /** The same address over HTTPS on the given port (none for 443); null when the port is not a port number. */
    static String httpsAddress(String host, String port, String path, String query) {
        if (!port.strip().matches("[0-9]{1,5}")) {
            return null;
        }
        String name = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "https://" + name + ("443".equals(port.strip()) ? "" : ":" + port.strip()) + path
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private static boolean isSecure(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        return !request.getRemoteAddr().equals(ClientAddress.of(request))
                && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

}
