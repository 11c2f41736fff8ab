package vn.ocop.it;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may open what: every page of the web application and every route of the API, read from the code (the pages'
 * files and the resources' annotations), against every role and an anonymous visitor, with the answer each gets.
 * A page or route without its row fails the test, and so does a row whose page or route is gone.
 *
 * <p>Answers: a status, with {@code P} when the body is the portal's error page (what the container answers for a page
 * or resource outside the role, as for an unknown one), {@code J} when it is the API's own JSON answer (the request
 * reached the application), {@code L} for a redirect to the login page. Path parameters are filled with values that
 * exist nowhere ({@code 0}, {@code NONE}; a kind of reference sheet is a real one), so a role that may use a route reaches the application and is told "not
 * found" ({@code 404J}) or "invalid" ({@code 400J}), while a role that may not is stopped before it ({@code 404P},
 * {@code 403J} from the boundary's role check, {@code 401J} for a stranger, on both servers). Writes are sent with an empty JSON body.
 * Tagged "server": it runs once per server (Payara on H2, WildFly), since who may open what is decided by the server and the code, not the database.
 * Run with {@code -Docop.matrix.print=true} to print the observed table in this class's syntax, to review it.
 */
@Tag("server")
@IntegrationTest
class AccessMatrixIT extends ClientTest {

    private static final List<String> WHO = List.of("it-admin", "it-officer", "it-council", "it-commune", "it-leader", "");

    /** Route or page → the answers of ADMIN, OFFICER, COUNCIL, COMMUNE, LEADER, anonymous. */
    private static final Map<String, String> MATRIX = new LinkedHashMap<>();

    private static void row(String what, String admin, String officer, String council, String commune, String leader, String anonymous) {
        MATRIX.put(what, String.join(" ", admin, officer, council, commune, leader, anonymous));
    }

    static {
        // what                                                       ADMIN   OFFICER COUNCIL COMMUNE LEADER  anonymous
        row("DELETE /api/v1/me/tokens/{id}", "404J", "404J", "404J", "404J", "404J", "401J");
        row("GET /api/v1/certificates", "200J", "200J", "404J", "200J", "200J", "401J");
        row("GET /api/v1/certificates/expiring", "200J", "200J", "404J", "200J", "200J", "401J");
        row("GET /api/v1/certificates/received", "200J", "200J", "404J", "200J", "200J", "401J");
        row("GET /api/v1/certificates/{number}", "404J", "404J", "404J", "404J", "404J", "401J");
        row("GET /api/v1/certificates/{number}/pdf", "404J", "404J", "404J", "404J", "404J", "401J");
        row("GET /api/v1/courses", "200J", "200J", "404J", "200J", "200J", "401J");
        row("GET /api/v1/criteria-sets", "200J", "200J", "200J", "200J", "200J", "401J");
        row("GET /api/v1/criteria-sets/sheets/{id}/pdf", "404J", "404J", "404J", "404J", "404J", "401J");
        row("GET /api/v1/decisions", "200J", "200J", "404J", "403J", "200J", "401J");
        row("GET /api/v1/issuing-bodies", "200J", "200J", "403J", "403J", "200J", "401J");
        row("GET /api/v1/decisions/rounds", "200J", "200J", "404J", "403J", "200J", "401J");
        row("GET /api/v1/decisions/{id}", "404J", "404J", "404J", "403J", "404J", "401J");
        row("GET /api/v1/decisions/{id}/certificates/pdf", "404J", "404J", "404J", "403J", "404J", "401J");
        row("GET /api/v1/decisions/{id}/pdf", "404J", "404J", "404J", "403J", "404J", "401J");
        row("GET /api/v1/documents/{id}", "404J", "404J", "403J", "404J", "404J", "401J");
        row("GET /api/v1/documents/{id}/thumbnail", "404J", "404J", "403J", "404J", "404J", "401J");
        row("GET /api/v1/exports/certificates.csv", "200", "200", "404J", "200", "200", "401J");
        row("GET /api/v1/exports/certificates.json", "200J", "200J", "404J", "200J", "200J", "401J");
        row("GET /api/v1/exports/products.csv", "200", "200", "404J", "200", "200", "401J");
        row("GET /api/v1/exports/products.json", "200J", "200J", "404J", "200J", "200J", "401J");
        row("GET /api/v1/health", "200J", "200J", "200J", "200J", "200J", "200J");
        row("GET /api/v1/inspections", "200J", "200J", "404J", "200J", "200J", "401J");
        row("GET /api/v1/inspections/{id}", "404J", "404J", "404J", "404J", "404J", "401J");
        row("GET /api/v1/inspections/{id}/minutes", "404J", "404J", "404J", "404J", "404J", "401J");
        row("GET /api/v1/me", "200J", "200J", "200J", "200J", "200J", "401J");
        row("GET /api/v1/me/tokens", "200J", "200J", "200J", "200J", "200J", "401J");
        row("GET /api/v1/plans", "200J", "200J", "404J", "200J", "200J", "401J");
        row("GET /api/v1/plans/{year}", "404J", "404J", "404J", "404J", "404J", "401J");
        row("GET /api/v1/prescreen-items", "200J", "403J", "403J", "403J", "403J", "401J");
        row("GET /api/v1/prescreens", "200J", "200J", "403J", "200J", "200J", "401J");
        row("GET /api/v1/producer-workbooks/export", "200", "200", "403J", "200", "200", "401J");
        row("GET /api/v1/producer-workbooks/template", "403J", "200", "403J", "200", "403J", "401J");
        row("GET /api/v1/producers", "200J", "200J", "403J", "200J", "200J", "401J");
        row("GET /api/v1/products", "200J", "200J", "403J", "200J", "200J", "401J");
        row("GET /api/v1/products/{id}/dossier", "404J", "404J", "403J", "404J", "404J", "401J");
        row("GET /api/v1/products/{id}/dossier-checklist.pdf", "404J", "404J", "403J", "404J", "404J", "401J");
        row("GET /api/v1/products/{id}/history", "404J", "404J", "403J", "404J", "404J", "401J");
        row("GET /api/v1/products/{id}/prescreen", "404J", "404J", "403J", "404J", "404J", "401J");
        row("GET /api/v1/products/{id}/prescreen.pdf", "404J", "404J", "403J", "404J", "404J", "401J");
        row("GET /api/v1/products/{id}/registration-form.pdf", "404J", "404J", "403J", "404J", "404J", "401J");
        row("GET /api/v1/rounds", "200J", "200J", "200J", "403J", "200J", "401J");
        row("GET /api/v1/rounds/{round}/minutes.pdf", "404J", "404J", "404J", "403J", "404J", "401J");
        row("GET /api/v1/rounds/{round}/products/{product}/members/{member}/sheet.pdf", "403J", "404J", "404J", "403J", "403J", "401J");
        row("GET /api/v1/rounds/{round}/products/{product}/references/{kind}", "403J", "404J", "404J", "403J", "403J", "401J");
        row("GET /api/v1/rounds/{round}/products/{product}/sheet", "403J", "403J", "404J", "403J", "403J", "401J");
        row("GET /api/v1/rounds/{round}/products/{product}/sheets", "404J", "404J", "404J", "403J", "404J", "401J");
        row("GET /api/v1/rounds/{round}/quorum", "404J", "404J", "404J", "403J", "404J", "401J");
        row("GET /api/v1/rounds/{round}/results", "404J", "404J", "404J", "403J", "404J", "401J");
        row("GET /api/v1/statistics", "200J", "200J", "404J", "200J", "200J", "401J");
        row("GET /api/v1/statistics/report.pdf", "200", "200", "404J", "200", "200", "401J");
        row("GET /api/v1/statistics/report.xlsx", "200", "200", "404J", "200", "200", "401J");
        row("GET /api/v1/training/coverage", "200J", "200J", "404J", "200J", "200J", "401J");
        row("GET /api/v1/unit-lists/current.csv", "200", "403J", "403J", "403J", "403J", "401J");
        row("GET /api/v1/units", "200J", "200J", "200J", "200J", "200J", "401J");
        row("GET /api/v1/units/pdf", "200", "200", "200", "200", "200", "401J");
        row("GET /api/v1/units/{id}", "404J", "404J", "404J", "404J", "404J", "401J");
        row("GET /api/v1/verify/training/{number}", "404J", "404J", "404J", "404J", "404J", "404J");
        row("GET /api/v1/verify/{number}", "404J", "404J", "404J", "404J", "404J", "404J");
        row("PAGE /account/password.xhtml", "200", "200", "200", "200", "200", "L");
        row("PAGE /account/tokens.xhtml", "200", "200", "200", "200", "200", "L");
        row("PAGE /admin/prescreen-items.xhtml", "200", "404P", "404P", "404P", "404P", "L");
        row("PAGE /admin/unit-import.xhtml", "200", "404P", "404P", "404P", "404P", "L");
        row("PAGE /admin/audit.xhtml", "200", "404P", "404P", "404P", "404P", "L");
        row("PAGE /admin/numbering.xhtml", "200", "404P", "404P", "404P", "404P", "L");
        row("PAGE /admin/users.xhtml", "200", "404P", "404P", "404P", "404P", "L");
        row("PAGE /certification/certificates.xhtml", "200", "200", "404P", "200", "200", "L");
        row("PAGE /certification/decision.xhtml", "302", "302", "404P", "302", "302", "L");
        row("PAGE /certification/decisions.xhtml", "200", "200", "404P", "302", "200", "L");
        row("PAGE /certification/inspection.xhtml", "302", "302", "404P", "302", "302", "L");
        row("PAGE /certification/inspections.xhtml", "200", "200", "404P", "200", "200", "L");
        row("PAGE /error/404.xhtml", "404P", "404P", "404P", "404P", "404P", "404P");
        row("PAGE /error/500.xhtml", "500P", "500P", "500P", "500P", "500P", "500P");
        row("PAGE /error/expired.xhtml", "200P", "200P", "200P", "200P", "200P", "200P");
        row("PAGE /geography/units.xhtml", "200", "200", "200", "200", "200", "L");
        row("PAGE /index.xhtml", "200", "200", "200", "200", "200", "L");
        row("PAGE /login.xhtml", "200", "200", "200", "200", "200", "200");
        row("PAGE /rating/advisory.xhtml", "302", "200", "200", "404P", "302", "L");
        row("PAGE /rating/criteria.xhtml", "200", "200", "200", "404P", "200", "L");
        row("PAGE /rating/paper.xhtml", "302", "302", "302", "404P", "302", "L");
        row("PAGE /rating/reference.xhtml", "302", "302", "302", "404P", "302", "L");
        row("PAGE /rating/round.xhtml", "302", "302", "302", "404P", "302", "L");
        row("PAGE /rating/rounds.xhtml", "200", "200", "200", "404P", "200", "L");
        row("PAGE /rating/score.xhtml", "302", "302", "302", "404P", "302", "L");
        row("PAGE /rating/sheet.xhtml", "302", "302", "302", "404P", "302", "L");
        row("PAGE /registration/import.xhtml", "404P", "200", "404P", "200", "404P", "L");
        row("PAGE /registration/prescreened.xhtml", "200", "200", "404P", "200", "200", "L");
        row("PAGE /registration/producer.xhtml", "302", "302", "404P", "302", "302", "L");
        row("PAGE /registration/producers.xhtml", "200", "200", "404P", "200", "200", "L");
        row("PAGE /registration/product.xhtml", "302", "302", "404P", "302", "302", "L");
        row("PAGE /registration/products.xhtml", "200", "200", "404P", "200", "200", "L");
        row("PAGE /registration/supports.xhtml", "200", "200", "404P", "200", "200", "L");
        row("PAGE /reports/plans.xhtml", "200", "200", "404P", "200", "200", "L");
        row("PAGE /reports/statistics.xhtml", "200", "200", "404P", "200", "200", "L");
        row("PAGE /setup.xhtml", "404P", "404P", "404P", "404P", "404P", "404P");
        row("PAGE /training/course.xhtml", "302", "302", "404P", "302", "302", "L");
        row("PAGE /training/courses.xhtml", "200", "200", "404P", "200", "200", "L");
        row("PAGE /training/coverage.xhtml", "200", "200", "404P", "200", "200", "L");
        row("PAGE /training/person.xhtml", "302", "302", "404P", "302", "302", "L");
        row("PAGE /verify.xhtml", "200", "200", "200", "200", "200", "200");
        row("PAGE /verify/training.xhtml", "200", "200", "200", "200", "200", "200");
        row("POST /api/v1/certificates/received", "403J", "400J", "404J", "403J", "403J", "401J");
        row("POST /api/v1/certificates/{number}/notices", "403J", "404J", "404J", "403J", "403J", "401J");
        row("POST /api/v1/decisions", "403J", "404J", "404J", "403J", "403J", "401J");
        row("POST /api/v1/decisions/revocations", "403J", "404J", "404J", "403J", "403J", "401J");
        row("POST /api/v1/decisions/{id}/approval", "403J", "403J", "404J", "403J", "404J", "401J");
        row("POST /api/v1/decisions/{id}/issue", "403J", "404J", "404J", "403J", "403J", "401J");
        row("POST /api/v1/decisions/{id}/reopening", "403J", "404J", "404J", "403J", "404J", "401J");
        row("POST /api/v1/inspections", "403J", "400J", "404J", "403J", "403J", "401J");
        row("POST /api/v1/inspections/{id}/minutes", "415J", "415J", "404J", "415J", "415J", "401J");
        row("POST /api/v1/me/tokens", "400J", "400J", "400J", "400J", "400J", "401J");
        row("POST /api/v1/producer-workbooks/import", "415J", "415J", "415J", "415J", "415J", "401J");
        row("POST /api/v1/producer-workbooks/preview", "415J", "415J", "415J", "415J", "415J", "401J");
        row("POST /api/v1/products/{id}/prescreen", "403J", "403J", "403J", "404J", "403J", "401J");
        row("POST /api/v1/products/{id}/re-registration", "403J", "404J", "403J", "404J", "403J", "401J");
        row("POST /api/v1/rounds/{round}/products/{product}/declaration", "403J", "403J", "404J", "403J", "403J", "401J");
        row("POST /api/v1/rounds/{round}/products/{product}/members/{member}/rescore", "403J", "403J", "404J", "403J", "403J", "401J");
        row("POST /api/v1/rounds/{round}/products/{product}/sheet/submission", "403J", "403J", "404J", "403J", "403J", "401J");
        row("POST /api/v1/rounds/{round}/results/opening", "403J", "403J", "404J", "403J", "403J", "401J");
        row("POST /api/v1/unit-lists/import", "415J", "415J", "415J", "415J", "415J", "401J");
        row("POST /api/v1/unit-lists/preview", "415J", "415J", "415J", "415J", "415J", "401J");
        row("PUT /api/v1/decisions/{id}/wording", "404J", "404J", "404J", "403J", "404J", "401J");
        row("PUT /api/v1/issuing-bodies/{code}/numbering", "400J", "403J", "403J", "403J", "403J", "401J");
        row("PUT /api/v1/prescreen-items/{id}", "404J", "403J", "403J", "403J", "403J", "401J");
        row("PUT /api/v1/rounds/{round}/products/{product}/conclusion", "403J", "404J", "403J", "403J", "403J", "401J");
        row("PUT /api/v1/rounds/{round}/products/{product}/members/{member}/paper", "403J", "404J", "403J", "403J", "403J", "401J");
        row("PUT /api/v1/rounds/{round}/products/{product}/references/{kind}", "403J", "404J", "404J", "403J", "403J", "401J");
        row("PUT /api/v1/rounds/{round}/products/{product}/sheet", "403J", "403J", "404J", "403J", "403J", "401J");
    }

    @Test
    void everyPageAndRouteHasItsRowAndEveryRowItsPageOrRoute() throws Exception {
        TreeSet<String> found = new TreeSet<>(pages());
        found.addAll(routes());
        TreeSet<String> missing = new TreeSet<>(found);
        missing.removeAll(MATRIX.keySet());
        TreeSet<String> stale = new TreeSet<>(MATRIX.keySet());
        stale.removeAll(found);
        assertTrue(missing.isEmpty() && stale.isEmpty(), "without a row: " + missing + "; rows of nothing: " + stale);
    }

    @Test
    void everyRoleAndAStrangerGetTheAnswerOfTheirRow() throws Exception {
        Database.awaitTestAccounts();
        List<Portal> portals = new ArrayList<>();
        for (String who : WHO) {
            Portal portal = new Portal(url.toURI()).from("198.51.100.200");
            if (!who.isEmpty()) {
                HttpResponse<String> signedIn = portal.signIn(who, TestAccounts.PASSWORD);
                assertTrue(signedIn.statusCode() == 302, who + " signs in");
            }
            portals.add(portal);
        }
        TreeSet<String> all = new TreeSet<>(pages());
        all.addAll(routes());
        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        for (String what : all) {
            List<String> answers = new ArrayList<>();
            for (Portal portal : portals) {
                answers.add(answer(portal, what));
            }
            String got = String.join(" ", answers);
            observed.append("        row(\"").append(what).append("\", \"").append(String.join("\", \"", answers)).append("\");\n");
            if (!got.equals(MATRIX.get(what))) {
                wrong.add(what + ": expected [" + MATRIX.get(what) + "], got [" + got + "]");
            }
        }
        if (Boolean.getBoolean("ocop.matrix.print")) {
            System.out.println(observed);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** One request as this portal's user; the answer as the table writes it. */
    private static String answer(Portal portal, String what) {
        String method = what.substring(0, what.indexOf(' '));
        String path = what.substring(what.indexOf(' ') + 1).substring(1)
                .replaceAll("\\{(id|round|product|member|year|sheet)[^}]*}", "0").replace("{kind}", "SELF_ASSESSMENT")
                .replaceAll("\\{[^}]*}", "NONE");
        HttpResponse<String> response = switch (method) {
            case "PAGE", "GET" -> portal.get(path);
            case "DELETE" -> portal.delete(path);
            default -> portal.sendJson(method, path, "{}");
        };
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status == 302 && location.contains("login.xhtml")) {
            return "L";
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json")) {
            return status + "J";
        }
        if (type.startsWith("text/html") && response.body().contains("id=\"error-text\"")) {
            return status + "P";
        }
        return String.valueOf(status);
    }

    /** Every page of the web application, as "PAGE /path.xhtml". */
    static List<String> pages() throws IOException {
        Path webapp = Path.of(System.getProperty("basedir", ".")).resolve("../web/src/main/webapp").normalize();
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith("WEB-INF/") && !f.startsWith("resources/")).map(f -> "PAGE /" + f).sorted().toList();
        }
    }

    /** Every route of the API, as "METHOD /api/v1/path/{param}", read from the resources' annotations. */
    static List<String> routes() throws Exception {
        Path classes = Path.of(System.getProperty("basedir", ".")).resolve("../web/target/classes").normalize();
        List<String> routes = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, AccessMatrixIT.class.getClassLoader());
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && f.toString().contains("/api/")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, loader);
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : type.getDeclaredMethods()) {
                    String verb = verb(m);
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                        routes.add(verb + " /api/v1/" + template(base.value()) + (sub == null ? "" : "/" + template(sub.value())));
                    }
                }
            }
        }
        return routes.stream().map(r -> r.replace("//", "/")).sorted().distinct().toList();
    }

    private static String verb(Method m) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, DELETE.class)) {
            if (m.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    /** A path template without its regular expressions ({id:[0-9]+} is {id}) or its outer slashes. */
    private static String template(String path) {
        return path.replaceAll("\\{\\s*([A-Za-z]+)\\s*:(?:[^{}]|\\{[^{}]*})*}", "{$1}").replaceAll("^/|/$", "");
    }
}
