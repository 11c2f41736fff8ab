package vn.ocop.it;

import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sessions that follow the account, sign-in that cannot be used to lock anyone out, requests from other sites, and
 * the headers of every answer. The servers under test believe X-Forwarded-For from 127.0.0.1 (the trusted reverse
 * proxy of the deployment guide), so each test signs in from addresses of its own.
 */
@IntegrationTest
class AccountSecurityIT extends ClientTest {

    private static final String REFUSED = "Không đăng nhập được";

    private Portal signedIn(String username, String address) throws Exception {
        Database.awaitTestAccounts();
        Portal portal = new Portal(url.toURI()).from(address);
        assertEquals(302, portal.signIn(username, TestAccounts.PASSWORD).statusCode(), username + " signs in");
        assertEquals(200, portal.get("api/v1/me").statusCode());
        return portal;
    }

    private static void assertSignedOut(Portal portal) {
        assertEquals(401, portal.get("api/v1/me").statusCode(), "the API answers as to a stranger");
        HttpResponse<String> page = portal.get("index.xhtml");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("login.xhtml"), "a page goes to the login page");
    }

    @Test
    void disablingAnAccountEndsEachOfItsSessionsAtTheNextRequest() throws Exception {
        Portal office = signedIn("it-gone", "198.51.100.11");
        Portal home = signedIn("it-gone", "198.51.100.12");
        try {
            assertEquals(1, Database.update("UPDATE user_account SET enabled = FALSE WHERE username = 'it-gone'"));
            assertSignedOut(office);
            assertSignedOut(home);
            HttpResponse<String> again = new Portal(url.toURI()).from("198.51.100.13").signIn("it-gone", TestAccounts.PASSWORD);
            assertEquals(200, again.statusCode(), "nor can it sign in again");
            assertTrue(again.body().contains(REFUSED), "with the one answer of every refusal");
        } finally {
            Database.update("UPDATE user_account SET enabled = TRUE WHERE username = 'it-gone'");
        }
    }

    @Test
    void aNewRoleTakesEffectAtTheNextRequestAndTheOldRightsAreGone() throws Exception {
        Portal council = signedIn("it-moved", "198.51.100.14");
        assertEquals("COUNCIL", council.json("api/v1/me").getString("role"));
        try {
            assertEquals(1, Database.update("UPDATE user_account SET role = 'LEADER' WHERE username = 'it-moved'"));
            assertSignedOut(council);
            Portal leader = signedIn("it-moved", "198.51.100.14");
            assertEquals("LEADER", leader.json("api/v1/me").getString("role"), "signing in again gives the new role");
        } finally {
            Database.update("UPDATE user_account SET role = 'COUNCIL' WHERE username = 'it-moved'");
        }
    }

    @Test
    void aPasswordResetElsewhereEndsTheSessions() throws Exception {
        Portal before = signedIn("it-reset", "198.51.100.15");
        // The same password hashed again (a new salt): what an administrator's reset writes.
        assertEquals(1, Database.update("UPDATE user_account SET password_hash = "
                + "(SELECT password_hash FROM user_account WHERE username = 'it-officer') WHERE username = 'it-reset'"));
        assertSignedOut(before);
        signedIn("it-reset", "198.51.100.15");
    }

    @Test
    void wrongPasswordsThrottleThatNameFromThatAddressOnlyAndLockNoAccount() throws Exception {
        Database.awaitTestAccounts();
        Portal stranger = new Portal(url.toURI()).from("203.0.113.40");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = stranger.signIn("it-locked", "wrong-password-" + i);
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains(REFUSED), "one answer in Vietnamese");
        }
        HttpResponse<String> throttled = stranger.signIn("it-locked", TestAccounts.PASSWORD);
        assertEquals(200, throttled.statusCode(), "from that address even the right password is refused for now");
        assertTrue(throttled.body().contains(REFUSED), "with the same answer");
        HttpResponse<String> unknown = stranger.signIn("no-such-person", "whatever-1");
        assertTrue(unknown.body().contains(REFUSED), "an unknown name gets the same answer");

        assertEquals(302, new Portal(url.toURI()).from("198.51.100.41").signIn("it-locked", TestAccounts.PASSWORD).statusCode(),
                "the account's owner still signs in from their own address");
        assertEquals(0, Database.count("SELECT COUNT(*) FROM user_account WHERE username = 'it-locked' AND locked_until IS NOT NULL"),
                "no account is locked");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'LOGIN_THROTTLED' AND actor = 'it-locked'"
                + " AND client_address = '203.0.113.40'"), "the throttle is audited once, with the client's address");
    }

    @Test
    void anAddressTryingManyNamesIsThrottledWhateverTheName() throws Exception {
        Database.awaitTestAccounts();
        Portal stranger = new Portal(url.toURI()).from("203.0.113.50");
        for (int i = 0; i < 20; i++) {
            assertTrue(stranger.signIn("guess-" + i, "guess-password-" + i).body().contains(REFUSED));
        }
        assertTrue(new Portal(url.toURI()).from("203.0.113.50").signIn("it-officer", TestAccounts.PASSWORD).body().contains(REFUSED),
                "the address is throttled for every name");
        signedIn("it-officer", "198.51.100.51");
    }

    @Test
    void aMachineClientsCallsWriteNeitherTheAccountNorTheAudit() throws Exception {
        Database.awaitTestAccounts();
        long audited = Database.count("SELECT COUNT(*) FROM audit_entry WHERE actor = 'it-leader'");
        long version = Database.count("SELECT version FROM user_account WHERE username = 'it-leader'");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, new Portal(url.toURI()).from("198.51.100.60").getBasic("api/v1/me", "it-leader", TestAccounts.PASSWORD)
                    .statusCode());
        }
        assertEquals(audited, Database.count("SELECT COUNT(*) FROM audit_entry WHERE actor = 'it-leader'"));
        assertEquals(version, Database.count("SELECT version FROM user_account WHERE username = 'it-leader'"));
    }

    @Test
    void aWriteWithTheSessionCookieFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
        Portal officer = signedIn("it-officer", "198.51.100.70");
        long audited = Database.count("SELECT COUNT(*) FROM audit_entry");

        officer.header("Origin", "https://evil.example");
        HttpResponse<String> fromElsewhere = officer.post("api/v1/rounds/999999/results/opening", java.util.Map.of());
        assertEquals(403, fromElsewhere.statusCode());
        assertEquals("error.crossSite", Portal.parse(fromElsewhere.body()).getString("messageKey"));
        assertTrue(Portal.parse(fromElsewhere.body()).getString("message").contains("không đến từ các trang"), fromElsewhere.body());

        officer.header("Origin", null).header("X-Requested-With", null);
        assertEquals(403, officer.post("api/v1/rounds/999999/results/opening", java.util.Map.of()).statusCode(),
                "a write without an origin or the scripts' header is refused too");
        assertEquals(403, officer.post("login.xhtml", java.util.Map.of("login", "login")).statusCode(), "pages alike");

        officer.header("Origin", url.getProtocol() + "://" + url.getHost() + ":" + url.getPort());
        assertFalse(officer.post("api/v1/rounds/999999/results/opening", java.util.Map.of()).body().contains("crossSite"),
                "the portal's own origin passes");
        assertEquals(audited, Database.count("SELECT COUNT(*) FROM audit_entry"), "nothing happened");
        assertEquals(200, officer.get("api/v1/me").statusCode(), "reading is never refused");
    }

    @Test
    void aPersonalTokenActsAsItsOwnerReadsOnlyUnlessGrantedAndEndsWhenRevoked() throws Exception {
        Portal officer = signedIn("it-officer", "198.51.100.100");
        HttpResponse<String> created = officer.sendJson("POST", "api/v1/me/tokens", "{\"name\": \"Phần mềm thống kê\"}");
        assertEquals(200, created.statusCode(), created.body());
        String secret = Portal.parse(created.body()).getString("secret");
        long id = Portal.parse(created.body()).getJsonObject("token").getJsonNumber("id").longValue();
        assertTrue(secret.startsWith("ocop_") && secret.length() == 48, secret);
        assertEquals(0, Database.count("SELECT COUNT(*) FROM api_token WHERE token_hash = ? OR prefix = ?", secret, secret),
                "the secret itself is stored nowhere");
        long audited = Database.count("SELECT COUNT(*) FROM audit_entry");
        long version = Database.count("SELECT version FROM user_account WHERE username = 'it-officer'");

        Portal script = new Portal(url.toURI()).header("Authorization", "Bearer " + secret).header("X-Requested-With", null);
        assertEquals("it-officer", script.json("api/v1/me").getString("username"), "the token acts as its owner");
        HttpResponse<String> write = script.post("api/v1/rounds/999999/results/opening", java.util.Map.of());
        assertEquals(403, write.statusCode());
        assertEquals("identity.token.readOnly", Portal.parse(write.body()).getString("messageKey"));
        assertEquals(403, script.get("api/v1/me/tokens").statusCode(), "a token does not manage tokens");
        assertEquals(audited, Database.count("SELECT COUNT(*) FROM audit_entry"), "calls with a token write no audit");
        assertEquals(version, Database.count("SELECT version FROM user_account WHERE username = 'it-officer'"), "nor the account");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM api_token WHERE id = ? AND last_used_on IS NOT NULL", id));

        String writer = Portal.parse(officer.sendJson("POST", "api/v1/me/tokens", "{\"name\": \"Nhập điểm\", \"write\": true}").body())
                .getString("secret");
        HttpResponse<String> allowed = new Portal(url.toURI()).header("Authorization", "Bearer " + writer)
                .post("api/v1/rounds/999999/results/opening", java.util.Map.of());
        assertFalse(allowed.body().contains("readOnly") || allowed.statusCode() == 401, "a writing token reaches the route: " + allowed.body());

        assertEquals(200, officer.delete("api/v1/me/tokens/" + id).statusCode());
        assertEquals(401, script.get("api/v1/me").statusCode(), "a revoked token is no credential");
        assertEquals(401, new Portal(url.toURI()).header("Authorization", "Bearer ocop_" + "x".repeat(43)).get("api/v1/me").statusCode());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_TOKEN_REVOKED' AND entity_id = ?",
                String.valueOf(id)));
    }

    @Test
    void trainingCertificatesCannotBeWalkedThrough() throws Exception {
        Database.awaitTestAccounts();
        Portal walker = new Portal(url.toURI()).from("203.0.113.80");
        for (int i = 1; i <= 20; i++) {
            int status = walker.get("api/v1/verify/training/DT-2019-" + String.format("%04d", i)).statusCode();
            assertTrue(status == 200 || status == 404, "answered: " + status);
        }
        HttpResponse<String> limited = walker.get("api/v1/verify/training/DT-2019-0021");
        assertEquals(429, limited.statusCode(), "the 21st number within 10 seconds is refused");
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        assertTrue(walker.get("verify/training.xhtml?number=DT-2019-0022").body().contains("quá nhiều lần"), "the page alike");
        assertEquals(404, new Portal(url.toURI()).from("203.0.113.81").get("api/v1/verify/training/DT-1999-0001").statusCode(),
                "another address is answered");
    }

    @Test
    void everyAnswerCarriesTheProtectiveHeaders() throws Exception {
        Database.awaitTestAccounts();
        Portal portal = new Portal(url.toURI());
        for (HttpResponse<String> answer : List.of(portal.get("login.xhtml"), portal.get("api/v1/health"), portal.get("verify.xhtml"))) {
            String what = answer.uri().getPath();
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), what);
            assertTrue(answer.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), what);
            assertEquals("same-origin", answer.headers().firstValue("Referrer-Policy").orElse(""), what);
            assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""), what);
            assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), what + ": " + answer.headers().map());
            assertFalse(answer.headers().firstValue("Server").orElse("").matches(".*[0-9].*"), "no server version: " + answer.headers().map());
        }
        HttpResponse<String> signedIn = new Portal(url.toURI()).from("198.51.100.90").signIn("it-officer", TestAccounts.PASSWORD);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"),
                "session cookie: " + signedIn.headers().map());
    }

    @Test
    void aVisitorOfThePublicPagesGetsNoSession() throws Exception {
        Database.awaitTestAccounts();
        for (String page : List.of("login.xhtml", "verify.xhtml?number=OCOP-273-1999-0001", "verify/training.xhtml?number=DT-1999-0001",
                "login.xhtml?lang=en")) {
            HttpResponse<String> answer = new Portal(url.toURI()).from("198.51.100.91").get(page);
            assertEquals(200, answer.statusCode(), page);
            assertTrue(answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    page + " keeps no session: " + answer.headers().allValues("Set-Cookie"));
        }
        HttpResponse<String> english = new Portal(url.toURI()).get("login.xhtml?lang=en");
        assertTrue(english.body().contains("Sign in to the portal"), "the language is chosen without a session");
        assertTrue(english.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("ocop-lang=en")), "and remembered");
    }
}
