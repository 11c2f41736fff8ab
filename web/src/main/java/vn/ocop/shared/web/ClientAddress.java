package vn.ocop.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;

/**
 * The address of the person behind a request, for the sign-in throttle, the verification limits and the audit log.
 * Behind the reverse proxy of the deployment guide, the proxy's own address is not the client's: when the direct peer
 * is one of the proxies named in the system property {@value #PROPERTY} (comma-separated addresses), the client is the
 * last address of {@code X-Forwarded-For} that is not itself such a proxy. Without the property, the header is
 * ignored (anyone could write it).
 */
public final class ClientAddress {

    public static final String PROPERTY = "ocop.trusted-proxies";

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), System.getProperty(PROPERTY));
    }

    static String of(String peer, String forwardedFor, String trusted) {
        List<String> proxies = trusted == null ? List.of() : Arrays.stream(trusted.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (!proxies.contains(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !proxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}
