package vn.ocop.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestGuardTest {

    private static final String HOST = "ocop.hanoi.gov.vn";

    @Test
    void aWriteFromThePortalsOwnOriginPasses() {
        assertTrue(RequestGuard.fromThePortal("https://ocop.hanoi.gov.vn", null, null, HOST, null));
        assertTrue(RequestGuard.fromThePortal("http://localhost:8080", null, null, "localhost:8080", null));
        assertTrue(RequestGuard.fromThePortal("https://OCOP.hanoi.gov.vn:443", null, null, HOST, null), "default port, any case");
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedWhateverElseItCarries() {
        assertFalse(RequestGuard.fromThePortal("https://evil.example", "XMLHttpRequest", "https://ocop.hanoi.gov.vn/ocop/", HOST, null));
        assertFalse(RequestGuard.fromThePortal("null", null, null, HOST, null), "a sandboxed or file origin");
        assertFalse(RequestGuard.fromThePortal("http://localhost:8081", null, null, "localhost:8080", null), "another port");
        assertFalse(RequestGuard.fromThePortal("https://ocop.hanoi.gov.vn.evil.example", null, null, HOST, null));
    }

    @Test
    void withoutAnOriginTheScriptsHeaderOrASameSiteRefererIsNeeded() {
        assertTrue(RequestGuard.fromThePortal(null, "XMLHttpRequest", null, HOST, null));
        assertTrue(RequestGuard.fromThePortal(null, null, "https://ocop.hanoi.gov.vn/ocop/index.xhtml", HOST, null));
        assertFalse(RequestGuard.fromThePortal(null, null, "https://evil.example/form.html", HOST, null));
        assertFalse(RequestGuard.fromThePortal(null, null, null, HOST, null), "a bare form post");
        assertFalse(RequestGuard.fromThePortal(null, null, "not a url at all", HOST, null));
    }

    @Test
    void behindAProxyThatRewritesTheHostThePublicAddressCounts() {
        assertTrue(RequestGuard.fromThePortal("https://ocop.hanoi.gov.vn", null, null, "10.0.0.5:8080", "https://ocop.hanoi.gov.vn/ocop"));
        assertFalse(RequestGuard.fromThePortal("https://evil.example", null, null, "10.0.0.5:8080", "https://ocop.hanoi.gov.vn/ocop"));
    }

    @Test
    void theClientBehindATrustedProxyIsTheLastAddressNotAProxy() {
        assertEquals("203.0.113.7", ClientAddress.of("127.0.0.1", "203.0.113.7", "127.0.0.1"));
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.2", "198.51.100.1, 203.0.113.7, 10.0.0.3", "10.0.0.2,10.0.0.3"),
                "a spoofed first hop is not believed");
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "203.0.113.7", null), "without trusted proxies the header is ignored");
        assertEquals("198.51.100.9", ClientAddress.of("198.51.100.9", "203.0.113.7", "127.0.0.1"), "nor from an untrusted peer");
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", " ", "127.0.0.1"));
    }

    @Test
    void plainHttpIsSentToTheSameAddressOverHttps() {
        assertEquals("https://ocop.hanoi.gov.vn:8181/ocop/login.xhtml?x=1",
                RequestGuard.httpsAddress(HOST, "8181", "/ocop/login.xhtml", "x=1"));
        assertEquals("https://ocop.hanoi.gov.vn/ocop/", RequestGuard.httpsAddress(HOST, "443", "/ocop/", null));
        assertEquals("https://[::1]:8181/ocop/", RequestGuard.httpsAddress("::1", "8181", "/ocop/", ""));
        assertEquals(null, RequestGuard.httpsAddress(HOST, "8181/evil", "/ocop/", null));
    }
}
