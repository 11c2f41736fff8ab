package vn.ocop.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A browser-less client of the deployed portal: it keeps cookies like a browser, signs in through
 * the real login form, and calls pages and the JSON API.
 */
public final class Portal {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Portal(URI base) {
        this.base = base;
        // HTTP/1.1 as browsers speak to a plain-HTTP intranet server: the JDK client would otherwise
        // ask every new connection to upgrade to h2c, and Payara's upgrade of a PUT with a body
        // (a new connection in the middle of concurrent saves) answered 404 for a valid path.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        // As the portal's own scripts would: a write with the session cookie needs it (or a same-site Origin).
        headers.put("X-Requested-With", "XMLHttpRequest");
    }

    /** The same client as seen through the trusted reverse proxy from another address (X-Forwarded-For). */
    public Portal from(String address) {
        headers.put("X-Forwarded-For", address);
        return this;
    }

    /** Sends this header with every request from now on; a null value stops sending it. */
    public Portal header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    /** The JSF view state of a page's form, which a post back to the page must carry (the assertion names the page). */
    public static String viewState(String page) {
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("no view state on the page: " + page.substring(0, Math.min(300, page.length())));
        }
        return viewState.group(1);
    }

    /** Signs in through the login page; returns the response of the form post (302 when it worked). */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> page = get("login.xhtml");
        String viewState = viewState(page.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:next", "");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        return post("login.xhtml", form);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    public HttpResponse<String> getBasic(String path, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + token).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).GET();
            headers.forEach(builder::setHeader);
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Posts a file as the request body (the API's imports). */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Sends a JSON body ("POST", "PUT") to the API, as a script of the page or another client would. */
    public HttpResponse<String> sendJson(String method, String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json;charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE().build());
    }

    /** Sends a request as built by the caller (headers of its own, a body or none) to a path of the portal. */
    public HttpResponse<String> send(String path, java.util.function.UnaryOperator<HttpRequest.Builder> request) {
        return send(request.apply(HttpRequest.newBuilder(base.resolve(path))).build());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Today in Vietnam, as the portal reckons it. The test machine's own zone (often UTC) is a day behind from 17:00 UTC
     * until midnight, so a test that takes its date from that zone fails in the evening.
     */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** A portal signed in as the test account (its password is the test accounts' one), once the accounts exist. */
    public static Portal signedIn(URL url, String username) throws Exception {
        Database.awaitTestAccounts();
        Portal portal = new Portal(url.toURI());
        assertEquals(302, portal.signIn(username, TestAccounts.PASSWORD).statusCode(), username);
        return portal;
    }

    /** The JSON body of an answer that must be 200 OK (the assertion names the address and the body otherwise). */
    public static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), () -> response.uri() + ": " + response.body());
        return parse(response.body());
    }

    public JsonObject json(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    public static JsonObject parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true);
        headers.forEach(builder::setHeader);
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
