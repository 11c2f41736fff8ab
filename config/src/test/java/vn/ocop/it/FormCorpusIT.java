package vn.ocop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus through every form of every page, as a user who may open the page would send it (a full post
 * of the form with one of its buttons): every text field of the form gets the same bad value. No answer is a 500 or
 * the error page, no message is a bare key or the framework's English default, markup comes back escaped, and values
 * that no field accepts (text far over any field's length, control characters, a date that does not exist) change
 * nothing in the database. Buttons of table rows (which act on their row, not on the fields) and the sign-out are not
 * pressed. Tagged "server", like the corpus of the API.
 */
@Tag("server")
@IntegrationTest
class FormCorpusIT extends ClientTest {

    /** Users in the order tried: a page is sent the corpus as the first of them who may open it. */
    private static final List<String> USERS = List.of("it-officer", "it-admin", "it-council", "it-commune", "it-leader");
    private static final String MARKUP = "<script>alert('ocop')</script>";
    private static final String NFD = Normalizer.normalize("Hợp tác xã Nông nghiệp Đan Phượng", Normalizer.Form.NFD);

    /** Values refused by every field: nothing may be stored. */
    static final List<String> REFUSED = List.of("Đ".repeat(5_000), "\u0000\u0007\u001b[31m", "30/02/2026");
    /** Values some fields accept: no 500 and shown escaped, stored or not. */
    static final List<String> ODD = List.of(MARKUP, "=HYPERLINK(\"http://evil.example\",\"x\")", NFD, "-99999999999999999999",
            "abc", " ");

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(input|textarea|select|button)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

    @Test
    void everyFormRefusesTheCorpusWithoutA500AndStoresNothingItMustNot() throws Exception {
        Database.awaitTestAccounts();
        Map<String, Portal> portals = new LinkedHashMap<>();
        for (String user : USERS) {
            portals.put(user, signedIn(user));
        }
        Map<String, Integer> wrong = new TreeMap<>();
        int posts = 0;
        int forms = 0;
        for (String page : AccessMatrixIT.pages()) {
            String path = page.substring("PAGE /".length());
            String user = null;
            String html = null;
            for (String candidate : USERS) {
                HttpResponse<String> answer = portals.get(candidate).get(path);
                if (answer.statusCode() == 200 && answer.body().contains("<form")) {
                    user = candidate;
                    html = answer.body();
                    break;
                }
            }
            if (user == null) {
                continue;
            }
            for (Form form : forms(html)) {
                if (form.buttons.isEmpty()) {
                    continue;
                }
                forms++;
                for (String button : form.buttons) {
                    for (String value : concat(REFUSED, ODD)) {
                        Map<String, Long> before = REFUSED.contains(value) ? BadInputCorpusIT.rows() : null;
                        Portal portal = portals.get(user);
                        // A fresh view each time: a refused post leaves the view as it was, a post that worked may not.
                        Form fresh = forms(portal.get(path).body()).stream().filter(f -> f.id.equals(form.id)).findFirst().orElse(form);
                        HttpResponse<String> answer = portal.post(fresh.action, fresh.filled(button, value));
                        posts++;
                        String problem = problem(answer, value);
                        if (problem == null && before != null) {
                            Map<String, Long> after = BadInputCorpusIT.rows();
                            after.remove("audit_entry");
                            before.remove("audit_entry");
                            if (!after.equals(before)) {
                                problem = "stored: " + before + " → " + after;
                            }
                        }
                        if (problem != null) {
                            wrong.merge(user + " " + path + " " + button + ": " + problem + " (" + shown(value) + ")", 1, Integer::sum);
                        }
                        if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
                            portals.put(user, signedIn(user));
                        }
                    }
                }
            }
        }
        System.out.printf("FormCorpusIT: %d forms, %d posts%n", forms, posts);
        assertTrue(forms >= 20, "the forms were found: " + forms);
        assertTrue(wrong.isEmpty(), "bad answers to the corpus, by form and kind (how many values):\n" + wrong.entrySet().stream()
                .map(e -> e.getValue() + " × " + e.getKey()).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    private Portal signedIn(String user) throws Exception {
        Portal portal = new Portal(url.toURI()).from("198.51.100.211");
        assertEquals(302, portal.signIn(user, TestAccounts.PASSWORD).statusCode(), user);
        return portal;
    }

    /** What is wrong with the answer to a form post of bad input, or null. */
    static String problem(HttpResponse<String> answer, String value) {
        int status = answer.statusCode();
        String body = answer.body();
        if (status >= 500 || body.contains("id=\"error-text\"") && status != 404 && status != 403) {
            return "answered " + status;
        }
        // What the user sees: the page without its scripts (PrimeFaces' settings name exception classes) and tags.
        String shown = body.replaceAll("(?s)<script\\b.*?</script>", "").replaceAll("<[^>]*>", " ");
        for (String sign : List.of("???", "Validation Error", "Conversion Error", "Exception", "j_id")) {
            if (shown.contains(sign)) {
                return "shows " + sign;
            }
        }
        if (value.equals(MARKUP) && body.contains(MARKUP)) {
            return "markup not escaped";
        }
        return null;
    }

    private static String shown(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "␀");
        return printable.length() > 20 ? printable.substring(0, 20) + "… (" + value.length() + " characters)" : printable;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A JSF form of a page: its action, the fields it sends as rendered, its text fields and its buttons. */
    record Form(String id, String action, Map<String, String> fields, List<String> texts, List<String> buttons) {

        Map<String, String> filled(String button, String value) {
            Map<String, String> sent = new LinkedHashMap<>(fields);
            texts.forEach(text -> sent.put(text, value));
            sent.put(button, button);
            return sent;
        }
    }

    static List<Form> forms(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> head = attributes(form.group(1));
            if (!"post".equalsIgnoreCase(head.getOrDefault("method", "post")) || head.get("action") == null) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> texts = new ArrayList<>();
            List<String> buttons = new ArrayList<>();
            Matcher tag = TAG.matcher(form.group(2));
            while (tag.find()) {
                Map<String, String> a = attributes(tag.group(2));
                String name = a.get("name");
                if (name == null || a.containsKey("disabled")) {
                    continue;
                }
                String type = a.getOrDefault("type", "text").toLowerCase();
                switch (tag.group(1)) {
                    case "button" -> {
                        boolean row = name.matches(".*:\\d+:.*");
                        boolean leaves = name.toLowerCase().contains("logout") || name.toLowerCase().contains("signout");
                        if ("submit".equals(type) && !row && !leaves) {
                            buttons.add(name);
                        }
                    }
                    case "textarea" -> texts.add(name);
                    case "select" -> fields.put(name, "");
                    default -> {
                        switch (type) {
                            case "text", "number", "email", "tel", "search", "url", "password" -> texts.add(name);
                            case "hidden" -> fields.put(name, unescape(a.getOrDefault("value", "")));
                            case "checkbox", "radio" -> {
                                if (a.containsKey("checked")) {
                                    fields.put(name, unescape(a.getOrDefault("value", "on")));
                                }
                            }
                            case "submit" -> {
                                if (!name.matches(".*:\\d+:.*")) {
                                    buttons.add(name);
                                }
                            }
                            default -> {
                            }
                        }
                    }
                }
            }
            forms.add(new Form(head.getOrDefault("id", ""), unescape(head.get("action")), fields, texts, buttons));
        }
        return forms;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(text);
        while (a.find()) {
            attributes.put(a.group(1).toLowerCase(), a.group(2));
        }
        if (text.matches("(?s).*\\sdisabled(\\s|$|=).*")) {
            attributes.putIfAbsent("disabled", "disabled");
        }
        if (text.matches("(?s).*\\schecked(\\s|$|=).*")) {
            attributes.putIfAbsent("checked", "checked");
        }
        return attributes;
    }

    private static String unescape(String text) {
        return text.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
