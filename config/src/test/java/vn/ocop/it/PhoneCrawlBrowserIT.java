package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages of the people who work on a phone, on a phone (390 px): a council member, a commune officer and an anonymous
 * visitor (a shopper who scanned a certificate's QR code) walk from their home page through the menu and the first
 * records of each list, in Vietnamese and in English; no page is wider than the screen (a table may scroll inside its
 * own box, the page may not), and none shows an error or a raw message key. A screenshot of every page is kept
 * ({@code target/screenshots/phone-…}), and no button, link or field is cut off by the box it sits in. The office's and the
 * leader's home pages are read on the phone too. Bounded: a few addresses per page and some twenty pages per visitor and
 * language (forty for a commune officer).
 */
@Tag("browser")
@IntegrationTest
class PhoneCrawlBrowserIT extends BrowserTest {

    private static final int PER_PAGE = 2;
    private static final int PER_VISITOR = 20;
    /** A commune officer's pages are more: every menu entry and the first records of each list. */
    private static final int COMMUNE_PAGES = 40;
    /** Pages per role and language on a desktop. */
    private static final int DESKTOP_PAGES = 12;

    /**
     * The elements that stick out of the viewport without a box of their own that scrolls or clips them: what makes
     * the page scroll sideways. At most three, described by tag, id, classes and the start of their text.
     */
    static final String WIDER = """
            var width = document.documentElement.clientWidth, found = [];
            if (document.documentElement.scrollWidth <= width) { return found; }
            var all = document.body.getElementsByTagName('*');
            for (var i = 0; i < all.length && found.length < 3; i++) {
              var e = all[i], r = e.getBoundingClientRect();
              if (r.width === 0 || r.right <= width + 1) { continue; }
              var boxed = false;
              for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                var o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') { boxed = true; break; }
                if (getComputedStyle(p).position === 'fixed' && p.getBoundingClientRect().right <= width + 1) { boxed = true; break; }
              }
              if (boxed || getComputedStyle(e).position === 'fixed') { continue; }
              var inner = false;
              for (var c = e.firstElementChild; c; c = c.nextElementSibling) { if (c.getBoundingClientRect().right > width + 1) { inner = true; } }
              if (inner) { continue; }
              found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.'
                      + e.className.trim().split(/\\s+/).join('.') : '')
                + ' right at ' + Math.round(r.right) + ' px: "' + (e.innerText || '').trim().substring(0, 60) + '"');
            }
            if (found.length === 0) { found.push('the page is ' + document.documentElement.scrollWidth + ' px wide'); }
            return found;
            """;

    /**
     * The buttons, links and fields that a box which neither scrolls nor grows cuts off (a button whose label runs past
     * the edge of its card): at most three, described as {@link #WIDER} does.
     */
    private static final String CUT = """
            var found = [], all = document.body.querySelectorAll('a, button, input, select, textarea, .ui-button, .ui-button-text, .ui-selectonemenu');
            for (var i = 0; i < all.length && found.length < 3; i++) {
              var e = all[i], r = e.getBoundingClientRect();
              if (r.width < 3 || r.height < 3 || getComputedStyle(e).visibility === 'hidden'
                  || e.closest('.ui-helper-hidden-accessible, .ui-helper-hidden, .ui-fileupload-choose, [aria-hidden="true"]')) { continue; }
              for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                var style = getComputedStyle(p);
                if (style.position === 'fixed') { break; }
                if (style.overflowX === 'auto' || style.overflowX === 'scroll') { break; }
                if (style.overflowX === 'hidden' || style.overflowX === 'clip') {
                  var b = p.getBoundingClientRect();
                  if (b.width > 3 && b.height > 3 && (r.right > b.right + 1 || r.left < b.left - 1)) {
                    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' cut at ' + Math.round(b.right) + ' px (it ends at '
                      + Math.round(r.right) + ' px): "' + (e.innerText || e.value || '').trim().substring(0, 60) + '"');
                  }
                  break;
                }
              }
            }
            return found;
            """;

    /** The same-origin links of the page, in document order. */
    private static final String LINKS = "return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.href; });";

    @Test
    void councilMembersCommuneOfficersAndShoppersReadEveryPageOfTheirsOnAPhone() throws Exception {
        String chair = CrawlIT.prepare(url);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String who : List.of(chair, "it-commune", "", "it-leader", "it-officer")) {
            for (String language : List.of("vi", "en")) {
                browser.desktop();
                browser.open("login.xhtml" + (who.isEmpty() ? "?lang=" + language : ""));
                if (!who.isEmpty()) {
                    browser.signIn(who);
                    speak(language);
                }
                browser.phone();
                try {
                    pages += walk(who.isEmpty() ? "anonymous" : who.startsWith("it-") ? who.substring(3) : "council", language, problems);
                    if (who.startsWith("it-commune")) {
                        dialogFits(language, problems);
                    }
                } finally {
                    browser.desktop();
                    if (!who.isEmpty()) {
                        speak("vi");
                        browser.signOut();
                    }
                }
            }
        }
        System.out.printf("PhoneCrawlBrowserIT: %d pages on a phone%n", pages);
        assertTrue(problems.isEmpty(), problems.size() + " problems on a phone:\n" + String.join("\n", problems));
    }

    /**
     * Every role on a desktop's screen (1366 px), in both languages: the home page and the first pages its menu and lists
     * lead to, with the same checks (no error, no raw key, nothing wider than the window, nothing cut off).
     */
    @Test
    void everyRoleReadsTheirPagesOnADesktop() throws Exception {
        String chair = CrawlIT.prepare(url);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String who : List.of("it-officer", "it-leader", "it-admin", chair, "it-commune")) {
            for (String language : List.of("vi", "en")) {
                browser.desktop();
                browser.open("login.xhtml");
                browser.signIn(who);
                speak(language);
                try {
                    pages += walk("desktop-" + (who.startsWith("it-") ? who.substring(3) : "council"), language, problems);
                } finally {
                    speak("vi");
                    browser.signOut();
                }
            }
        }
        System.out.printf("PhoneCrawlBrowserIT: %d pages on a desktop%n", pages);
        assertTrue(problems.isEmpty(), problems.size() + " problems on a desktop:\n" + String.join("\n", problems));
    }

    /** A commune officer registers a producer on the phone: the dialog stays within the screen. */
    private static void dialogFits(String language, List<String> problems) {
        browser.open("registration/producers.xhtml");
        browser.click("list:register");
        browser.visible("producerForm:name");
        browser.screenshot("phone-commune-" + language + "-register-dialog");
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var r = document.getElementById('producerDialog').getBoundingClientRect();"
                        + " return [r.left, r.right, document.documentElement.clientWidth];");
        if (box.get(0).doubleValue() < 0 || box.get(1).doubleValue() > box.get(2).doubleValue() + 1) {
            problems.add("commune (" + language + ") the producer's dialog spans " + box.get(0) + "–" + box.get(1)
                    + " px on a screen of " + box.get(2) + " px");
        }
    }

    /** The header's VI/EN switch, as a person uses it (saved as the account's preference). */
    private static void speak(String language) {
        browser.open("index.xhtml");
        String current = (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang");
        if (!language.equals(current)) {
            browser.click(browser.driver().findElement(By.xpath("//*[@id='top:language']//*[normalize-space(text())='"
                    + language.toUpperCase(java.util.Locale.ROOT) + "']")));
            // The switch reloads the page: reading the old document while it goes may fail; read again until the new one says.
            browser.waits().ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(driver -> language.equals(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang")));
            browser.settled();
        }
    }

    /** One visitor's walk on the phone, breadth-first from the home page; returns the number of pages opened. */
    private int walk(String who, String language, List<String> problems) {
        String base = url.toString().endsWith("/") ? url.toString() : url + "/";
        Deque<String> queue = new ArrayDeque<>(List.of(base + "index.xhtml"));
        if ("anonymous".equals(who)) {
            queue.add(base + "verify.xhtml?number=OCOP-00-0000-000");
            queue.add(base + "verify/training.xhtml?number=DT-1999-0001");
        }
        if ("commune".equals(who)) {
            // The products whose dossier is being prepared or submitted first: their pages carry the dossier's checklist.
            queue.add(base + "registration/products.xhtml?step=PREPARING");
            queue.add(base + "registration/products.xhtml?step=DOSSIER_SUBMITTED");
        }
        // The office and the leader: their home page, which they also open on a phone.
        int limit = "leader".equals(who) || "officer".equals(who) ? 1 : "commune".equals(who) ? COMMUNE_PAGES
                : who.startsWith("desktop-") ? DESKTOP_PAGES : PER_VISITOR;
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> perPage = new HashMap<>();
        int opened = 0;
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        while (!queue.isEmpty() && opened < limit) {
            String address = queue.poll();
            browser.open(address);
            opened++;
            String page = address.substring(base.length());
            String where = who + " (" + language + ") " + page;
            String view = page.replaceAll("[?;].*", "");
            browser.screenshot((who.startsWith("desktop-") ? "" : "phone-") + who + "-" + language + "-"
                    + String.format("%02d", opened) + "-" + view.replaceAll("[^A-Za-z0-9]+", "-"));
            String text = browser.driver().findElement(By.tagName("body")).getText();
            if (browser.driver().findElements(By.id("error-text")).size() > 0) {
                problems.add(where + ": the error page");
                continue;
            }
            if (text.contains("???")) {
                problems.add(where + ": a raw message key in \"" + text.substring(Math.max(0, text.indexOf("???") - 40),
                        Math.min(text.length(), text.indexOf("???") + 60)) + "\"");
            }
            @SuppressWarnings("unchecked")
            List<String> wider = (List<String>) js.executeScript(WIDER);
            if (!wider.isEmpty()) {
                problems.add(where + ": wider than the phone: " + String.join("; ", wider));
            }
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) js.executeScript(CUT);
            if (!cut.isEmpty()) {
                problems.add(where + ": cut off: " + String.join("; ", cut));
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) js.executeScript(LINKS);
            for (String link : links) {
                String next = local(base, link);
                if (next == null || !seen.add(next)) {
                    continue;
                }
                String nextView = next.substring(base.length()).replaceAll("[?;].*", "");
                if (perPage.merge(nextView, 1, Integer::sum) <= PER_PAGE) {
                    queue.add(next);
                }
            }
        }
        return opened;
    }

    /** The link when it is a page of the portal to read (not a download, not a language switch, not signing out). */
    private static String local(String base, String link) {
        if (link == null || !link.startsWith(base) || link.contains("lang=") || link.contains("#")) {
            return null;
        }
        String path;
        try {
            path = URI.create(link).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        return path != null && path.endsWith(".xhtml") && !path.endsWith("login.xhtml") && !path.endsWith("setup.xhtml")
                ? link.replaceAll(";jsessionid=[^?#]*", "") : null;
    }
}
