package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.it.CertificationIT.approve;
import static vn.ocop.it.CertificationIT.draft;
import static vn.ocop.it.CertificationIT.id;
import static vn.ocop.it.CertificationIT.named;
import static vn.ocop.it.support.Portal.ok;
import static vn.ocop.it.CertificationIT.refused;
import static vn.ocop.it.CertificationIT.version;

/**
 * The committee's register gives the number: the administrator sets the former district to number its decisions by its
 * register; the office must then type the register's number at issue (its form checked), a number is taken once per
 * body and year, and a number out of order with the body's decisions of the year is issued with a warning. The district
 * goes back to the portal's counter at the end (the test classes share the database). The decisions are signed in
 * 2024, a year no other test issues the district's decisions in.
 */
@IntegrationTest
class RegisterNumbersIT extends ClientTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 11, 25);
    private static final LocalDate EARLIER = LocalDate.of(2024, 11, 20);

    private static HttpResponse<String> numbering(Portal portal, String mode) {
        return portal.sendJson("PUT", "api/v1/issuing-bodies/273/numbering", "{\"numbering\": \"" + mode + "\"}");
    }

    private static HttpResponse<String> issue(Portal office, JsonObject approved, LocalDate signedOn, String number) {
        return office.sendJson("POST", "api/v1/decisions/" + id(approved) + "/issue", "{\"version\": " + version(approved)
                + ", \"signedOn\": \"" + signedOn + "\"" + (number == null ? "" : ", \"number\": \"" + number + "\"") + "}");
    }

    private JsonObject approvedDecision(Portal office, Portal leader) throws Exception {
        long round = CertificationIT.concludedRound(url, 1).round();
        return ok(approve(leader, named(office, draft(office, round))));
    }

    @Test
    void onlyTheAdministratorChoosesTheNumberingAndAnUnknownModeOrBodyIsRefused() throws Exception {
        Portal admin = Portal.signedIn(url, "it-admin");
        assertEquals(403, numbering(Portal.signedIn(url, "it-officer"), "REGISTER").statusCode(), "the office does not choose");
        assertEquals("error.body.value", refused(numbering(admin, "LEDGER")));
        assertEquals("issuing_body.unknown", refused(admin.sendJson("PUT", "api/v1/issuing-bodies/9999/numbering",
                "{\"numbering\": \"REGISTER\"}")));
        JsonObject bodies = ok(Portal.signedIn(url, "it-leader").get("api/v1/issuing-bodies"));
        assertTrue(bodies.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(b -> b.getString("code").equals("273") && b.getString("numbering").equals("COUNTER")), bodies.toString());
    }

    /** The bad-input corpus of the API to the administrator's one write here: each refused in Vietnamese, nothing changed. */
    @Test
    void theAdministratorsNumberingRefusesTheCorpusAndChangesNothing() throws Exception {
        Portal admin = Portal.signedIn(url, "it-admin");
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (String body : BadInputCorpusIT.corpus()) {
            HttpResponse<String> answer = admin.sendJson("PUT", "api/v1/issuing-bodies/273/numbering", body);
            String example = body.length() > 40 ? body.substring(0, 40) + "…" : body;
            if (answer.statusCode() != 400 || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                wrong.add(answer.statusCode() + " for " + example);
            } else {
                JsonObject refusal = Portal.parse(answer.body());
                String message = refusal.getString("message", "");
                if (message.isBlank() || message.equals(refusal.getString("messageKey", "")) || message.contains("???")) {
                    wrong.add("no message for " + example + ": " + answer.body());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        JsonObject bodies = ok(admin.get("api/v1/issuing-bodies"));
        assertTrue(bodies.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(b -> b.getString("code").equals("273") && b.getString("numbering").equals("COUNTER")), bodies.toString());
    }

    @Test
    void aBodyNumberedByItsRegisterTakesTheTypedNumberOnceAndWarnsWhenOutOfOrder() throws Exception {
        Portal admin = Portal.signedIn(url, "it-admin");
        Portal office = Portal.signedIn(url, "it-officer");
        Portal leader = Portal.signedIn(url, "it-leader");
        JsonObject first = approvedDecision(office, leader);
        JsonObject second = approvedDecision(office, leader);
        assertEquals("REGISTER", ok(numbering(admin, "REGISTER")).getString("numbering"));
        try {
            assertEquals("certification.issue.registerFormat", refused(issue(office, first, FIRST, null)), "the number is asked for");
            assertEquals("certification.issue.registerFormat", refused(issue(office, first, FIRST, "2468/QĐ-CT")));
            assertEquals("certification.issue.registerFormat", refused(issue(office, first, FIRST, "0")));
            JsonObject issued = ok(issue(office, first, FIRST, "2468"));
            assertEquals("2468/QĐ-UBND", issued.getJsonObject("decision").getString("number"));
            assertTrue(!issued.containsKey("numberOrder") || issued.isNull("numberOrder"), "the first of the year is in order");
            String pdf = Pdf.read(office.getBytes("api/v1/decisions/" + id(issued) + "/pdf").body()).text();
            assertTrue(pdf.contains("Số: 2468/QĐ-UBND"), pdf);

            assertEquals("certification.issue.registerTaken", refused(issue(office, second, EARLIER, "2468/QĐ-UBND")),
                    "one number per body and year");
            JsonObject outOfOrder = ok(issue(office, second, EARLIER, "2501/QĐ-UBND"));
            assertEquals("2501/QĐ-UBND", outOfOrder.getJsonObject("decision").getString("number"),
                    "the register is the authority: issued");
            JsonObject warning = outOfOrder.getJsonObject("numberOrder");
            assertEquals("2468/QĐ-UBND", warning.getString("otherNumber"), "a higher number on an earlier day than 2468");
            assertEquals(FIRST.toString(), warning.getString("otherSignedOn"));
        } finally {
            assertEquals("COUNTER", ok(numbering(admin, "COUNTER")).getString("numbering"));
        }
    }
}
