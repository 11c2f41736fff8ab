package vn.ocop.it;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole portal walked as people walk it: as each role and as an anonymous visitor, in Vietnamese and in English,
 * from the home page, every link
 * of the pages (menus, lists, buttons that open a page) followed breadth-first, a few addresses per page and a bounded
 * number of pages per visitor. Every page reached answers without an error, shows no raw message key ({@code ???}) and
 * nothing internal (no page file names, no stack traces), in the language chosen; and every page of the web
 * application, read from the
 * source tree, is reached by someone's walk or is named below with the reason it cannot be.
 *
 * <p>Over HTTP, not in a browser: what is checked is what the server renders, and a walk of some hundred pages takes
 * seconds this way. Tagged "server": it runs once per server (Payara on H2, WildFly), since a page that fails on one
 * JPA provider may render on the other, while the database adds nothing the other tests do not cover. The same walk
 * on a phone's screen, for the people who work on one, is {@link PhoneCrawlBrowserIT}'s.
 */
@Tag("server")
@IntegrationTest
class CrawlIT extends ClientTest {

    /** Addresses followed per page (its parameters varying: records, filters, years). */
    private static final int PER_PAGE = 4;
    /** Pages fetched per visitor at most. */
    private static final int PER_VISITOR = 120;

    /** Pages no walk reaches, with the reason. */
    private static final Map<String, String> UNREACHABLE = Map.of(
            "setup.xhtml", "the first administrator's set-up: answers only while the database holds no account");

    /** Where an anonymous visitor comes in from paper: the QR codes and addresses printed on certificates. */
    private static final List<String> PRINTED = List.of("verify.xhtml?number=OCOP-00-0000-000", "verify/training.xhtml?number=DT-1999-0001");

    /** Raw message keys, file names of pages, stack traces: what a user must never read. */
    private static final List<Pattern> INTERNAL = List.of(
            Pattern.compile("\\?\\?\\?"),
            Pattern.compile("\\b[\\w/-]+\\.xhtml\\b"),
            Pattern.compile("\\b(?:java|jakarta|javax|org|com|vn)\\.[a-z]+(?:\\.[A-Za-z_$][\\w$]*)+(?:Exception|Error)\\b"),
            Pattern.compile("\\bat [a-z]+(?:\\.[\\w$]+)+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)"),
            Pattern.compile("Method not found|PropertyNotFoundException|NullPointerException|Stack ?trace", Pattern.CASE_INSENSITIVE));

    private static final Pattern OPENS = Pattern.compile("(?:window\\.open\\(|location(?:\\.href)?\\s*=\\s*)'([^']+)'");

    @Test
    void everyRoleWalksThePortalWithoutAnErrorAndEveryPageIsReached() throws Exception {
        String chair = prepare(url);

        Map<String, Set<String>> reachedBy = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int address = 10;
        long started = System.nanoTime();
        int fetched = 0;
        for (String who : List.of("it-admin", "it-officer", "it-leader", "it-commune", "it-council", chair, "")) {
            for (String language : List.of("vi", "en")) {
                Walk walk = new Walk(who, "198.51.100." + address++, language);
                try {
                    walk.run();
                } finally {
                    walk.speak("vi");
                }
                fetched += walk.fetched;
                problems.addAll(walk.problems);
                walk.reached.forEach(page -> reachedBy.computeIfAbsent(page, p -> new TreeSet<>()).add(who.isEmpty() ? "anonymous" : who));
            }
        }
        System.out.printf("CrawlIT: %d pages fetched in %d ms; reached: %s%n", fetched, (System.nanoTime() - started) / 1_000_000, reachedBy);

        Set<String> pages = pages();
        Set<String> missed = new TreeSet<>(pages);
        missed.removeAll(reachedBy.keySet());
        missed.removeAll(UNREACHABLE.keySet());
        Set<String> stale = new TreeSet<>(UNREACHABLE.keySet());
        stale.retainAll(reachedBy.keySet());
        stale.addAll(UNREACHABLE.keySet().stream().filter(p -> !pages.contains(p)).toList());
        assertTrue(problems.isEmpty() && missed.isEmpty() && stale.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems)
                + "\npages no walk reached (follow a link to them, or name them with the reason): " + missed
                + "\nnamed as unreachable but reached, or gone: " + stale);
    }

    /**
     * The records behind the detail pages, made through the API: a concluded round with its council and paper sheets
     * and its draft decision, a training course, and a City round still scoring whose council member has a sheet to
     * fill. Returns the concluded round's chair (a council member with rounds, sheets and results to open).
     */
    static String prepare(URL url) throws Exception {
        Database.awaitTestAccounts();
        // Records behind the detail pages: a concluded round with its council and paper sheets, its draft decision,
        // and a training course.
        CertificationIT.Concluded round = CertificationIT.concludedRound(url, 2);
        Portal office = Portal.signedIn(url, "it-officer");
        CertificationIT.draft(office, round.round());
        Portal.ok(office.post("api/v1/it-crawl/course", Map.of()));
        // An inspection after recognition on an issued certificate: the register's and the inspection's pages.
        InspectionsIT.recorded(url);
        // A round still scoring (a City round of 2026: the newest, first in the list), for the office's paper sheets.
        String tag = "s" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000, 99_999);
        Portal admin = Portal.signedIn(url, "it-admin");
        String member = Portal.ok(admin.post("api/v1/it-rating/members", Map.of("prefix", "it-" + tag + "-", "count", "1")))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").toString();
        // Under 148 as amended by 1489 the City's round takes only products that their commune pre-screened and passed.
        String product = CertificationIT.submittedForTheCity(url, 1);
        Portal commune = Portal.signedIn(url, "it-commune");
        Portal.ok(commune.post("api/v1/it-rating/prescreens", Map.of("products", product)));
        Portal.ok(office.post("api/v1/it-rating/rounds", Map.of("tag", tag, "members", member, "products", "1",
                "start", "true", "level", "PROVINCE", "productIds", product)));
        String chair = "it-" + round.title().substring(round.title().lastIndexOf("rt-") + 3) + "-01";
        return chair;
    }

    /** The pages of the web application: its .xhtml files, without templates, includes and error pages. */
    static Set<String> pages() throws Exception {
        Set<String> pages = new TreeSet<>();
        for (String page : AccessMatrixIT.pages()) {
            String path = page.substring("PAGE /".length());
            if (!path.startsWith("error/")) {
                pages.add(path);
            }
        }
        return pages;
    }

    /** One visitor's breadth-first walk. */
    private final class Walk {

        final String who;
        final Portal portal;
        final String context;
        final Set<String> reached = new LinkedHashSet<>();
        final List<String> problems = new ArrayList<>();
        final Set<String> seen = new LinkedHashSet<>();
        final Map<String, Integer> perPage = new HashMap<>();
        final Deque<String[]> queue = new ArrayDeque<>();
        final String language;
        int fetched;

        Walk(String who, String address, String language) throws Exception {
            this.who = (who.isEmpty() ? "anonymous" : who) + " (" + language + ")";
            this.language = language;
            // As a browser asks for a page: without the header the portal's scripts add to their own requests.
            this.portal = new Portal(url.toURI()).from(address).header("X-Requested-With", null);
            this.context = url.toURI().getPath().endsWith("/") ? url.toURI().getPath() : url.toURI().getPath() + "/";
            if (!who.isEmpty()) {
                assertEquals(302, portal.signIn(who, TestAccounts.PASSWORD).statusCode(), who + " signs in");
            }
            speak(language);
        }

        /**
         * Chooses the language as a person does: anonymously the public pages' "?lang=" (remembered in a cookie),
         * signed in the header's VI/EN switch (an Ajax post of its form, saved as the user's preference, hence set back
         * to Vietnamese after the walk). Checks that the pages then say they are in that language.
         */
        void speak(String chosen) {
            if (who.startsWith("anonymous")) {
                portal.get("login.xhtml?lang=" + chosen);
            } else {
                HttpResponse<String> home = portal.get("index.xhtml");
                Map<String, String> form = new java.util.LinkedHashMap<>();
                form.put("jakarta.faces.partial.ajax", "true");
                form.put("jakarta.faces.source", "top:language");
                form.put("jakarta.faces.partial.execute", "top:language");
                form.put("jakarta.faces.behavior.event", "change");
                form.put("jakarta.faces.partial.event", "change");
                form.put("top", "top");
                form.put("top:language", chosen);
                form.put("jakarta.faces.ViewState", Portal.viewState(home.body()));
                String body = form.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                        + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                        .collect(java.util.stream.Collectors.joining("&"));
                HttpResponse<String> switched = portal.send("index.xhtml", request -> request
                        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8").header("Faces-Request", "partial/ajax")
                        .header("X-Requested-With", "XMLHttpRequest").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
                assertEquals(200, switched.statusCode(), who + ": the language switch answers " + switched.body());
            }
            String page = portal.get(who.startsWith("anonymous") ? "login.xhtml" : "index.xhtml").body();
            assertTrue(page.contains("lang=\"" + chosen + "\""), who + ": the page is in " + chosen + " once chosen");
        }

        void run() {
            offer("index.xhtml", "(start)");
            if (who.startsWith("anonymous")) {
                PRINTED.forEach(address -> offer(address, "(printed on a certificate)"));
            }
            while (!queue.isEmpty() && fetched < PER_VISITOR) {
                String[] next = queue.poll();
                visit(next[0], next[1], 0);
            }
        }

        private void visit(String address, String from, int redirects) {
            fetched++;
            HttpResponse<String> response;
            try {
                response = portal.get(address);
            } catch (IllegalArgumentException e) {
                problems.add(who + " " + address + " (linked from " + from + "): not an address: " + e.getMessage());
                return;
            }
            int status = response.statusCode();
            String where = who + " " + address + " (linked from " + from + ")";
            if (status >= 300 && status < 400) {
                String location = response.headers().firstValue("Location").orElse("");
                String target = local(URI.create(url.toString()).resolve(address).toString(), location);
                if (target == null || redirects > 3) {
                    problems.add(where + ": redirected outside the portal or in a loop: " + location);
                } else if (!who.startsWith("anonymous") && target.startsWith("login.xhtml")) {
                    problems.add(where + ": sent to the login page although signed in");
                } else if (seen.add(target)) {
                    visit(target, address, redirects + 1);
                }
                return;
            }
            String body = response.body();
            if (status != 200) {
                problems.add(where + ": " + status + (body.contains("id=\"error-text\"") ? " (error page)" : ""));
                return;
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                return;
            }
            Document page = Jsoup.parse(body, url.toString() + address);
            if (page.getElementById("error-text") != null) {
                problems.add(where + ": the error page");
                return;
            }
            reached.add(view(address));
            String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
            if (!language.equals(lang)) {
                problems.add(where + ": the page is in \"" + lang + "\", not in the language chosen");
            }
            page.select("script, style, noscript, template").remove();
            // An address written out for people (a verification link) is not a file name: leave addresses out.
            String text = (page.body() == null ? "" : page.body().text()).replaceAll("https?://\\S+", "");
            for (Pattern internal : INTERNAL) {
                Matcher m = internal.matcher(text);
                if (m.find()) {
                    int at = m.start();
                    problems.add(where + ": shows \"" + m.group() + "\" in \"…"
                            + text.substring(Math.max(0, at - 60), Math.min(text.length(), m.end() + 60)) + "…\"");
                }
            }
            Document links = Jsoup.parse(body, url.toString() + address);
            for (Element a : links.select("a[href]")) {
                offer(local(a.absUrl("href"), null), address);
            }
            for (Element button : links.select("[onclick]")) {
                Matcher m = OPENS.matcher(button.attr("onclick"));
                while (m.find()) {
                    offer(local(URI.create(url.toString()).resolve(address).toString(), m.group(1).replace("\\/", "/")), address);
                }
            }
        }

        /** Queues an address of a page of the portal, within the bounds. */
        private void offer(String address, String from) {
            if (address == null || !seen.add(address)) {
                return;
            }
            String view = view(address);
            if (!view.endsWith(".xhtml") || address.contains("lang=")) {
                return;
            }
            int count = perPage.merge(view, 1, Integer::sum);
            if (count <= PER_PAGE) {
                queue.add(new String[] {address, from});
            }
        }

        /** The address relative to the portal ("rating/round.xhtml?id=3"), or null when it is not a page of it. */
        private String local(String base, String href) {
            URI target;
            try {
                target = href == null ? URI.create(escape(base)) : URI.create(escape(base)).resolve(escape(href));
            } catch (IllegalArgumentException e) {
                return null;
            }
            URI portalUri = URI.create(url.toString());
            if (target.getScheme() == null || !target.getScheme().startsWith("http")
                    || !portalUri.getAuthority().equals(target.getAuthority()) || target.getPath() == null
                    || !target.getPath().startsWith(context)) {
                return null;
            }
            if (target.getRawPath() == null || !target.getRawPath().startsWith(context)) {
                return null;
            }
            String path = target.getRawPath().substring(context.length()).replaceAll(";jsessionid=[^/?]*", "");
            if (path.isEmpty()) {
                path = "index.xhtml";
            }
            if (path.startsWith("api/") || path.startsWith("jakarta.faces.resource/") || path.startsWith("resources/")) {
                return null;
            }
            return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
        }

        /** Percent-encodes what a URI may not hold as it is (letters with diacritics, spaces, quotes). */
        private static String escape(String address) {
            StringBuilder escaped = new StringBuilder();
            for (byte b : address.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if (c > 0x7e || c <= 0x20 || "\"<>\\^`{|}".indexOf(c) >= 0) {
                    escaped.append('%').append(String.format("%02X", c));
                } else {
                    escaped.append((char) c);
                }
            }
            return escaped.toString();
        }

        private String view(String address) {
            int query = address.indexOf('?');
            return query < 0 ? address : address.substring(0, query);
        }
    }
}
