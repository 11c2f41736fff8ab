package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Portal;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.it.CertificationIT.TODAY;
import static vn.ocop.it.CertificationIT.certificates;
import static vn.ocop.it.CertificationIT.concludedCityRound;
import static vn.ocop.it.CertificationIT.draft;
import static vn.ocop.it.CertificationIT.issued;
import static vn.ocop.it.CertificationIT.refused;
import static vn.ocop.it.support.Portal.ok;

/**
 * Re-evaluation over HTTP: a product recognised by the City is registered again for re-evaluation before its
 * certificate expires; the new dossier starts from the last one (the food-safety certificate still valid carried over,
 * the expired test report, the form and the self-assessment to supply again, the 3-year report asked for); it stays one
 * product; the new decision supersedes the earlier certificate, stored, and verification says by which.
 */
@IntegrationTest
class ReEvaluationIT extends ClientTest {

    /** The first recognition: today (the City's decisions of the shared test data are numbered in date order). */
    static final LocalDate FIRST_SIGNED = TODAY;

    private static long version(Portal office, long product) {
        return ok(office.get("api/v1/it-re-evaluation/products/" + product + "/version")).getJsonNumber("version").longValue();
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonObject.class);
    }

    /** A product and the certificate of its first recognition. */
    record Recognised(long product, String certificate) {
    }

    /**
     * A product of thị trấn Phùng recognised by the City (its dossier with a food-safety certificate valid for years and
     * an expired test report): pre-screened, evaluated in a City round, its decision signed on {@link #FIRST_SIGNED}.
     */
    static Recognised recognised(URL url) throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        String tag = "re" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        long product = ok(office.post("api/v1/it-re-evaluation/products", Map.of("tag", tag))).getJsonNumber("id").longValue();
        ok(Portal.signedIn(url, "it-commune").post("api/v1/it-rating/prescreens", Map.of("products", Long.toString(product))));
        long first = concludedCityRound(url, Long.toString(product)).round();
        return new Recognised(product, certificates(issued(office, Portal.signedIn(url, "it-leader"), draft(office, first),
                FIRST_SIGNED)).get(0));
    }

    @Test
    void aRecognisedProductReEvaluatedStartsFromItsLastDossierAndItsNewCertificateSupersedesTheEarlier() throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        Portal commune = Portal.signedIn(url, "it-commune");
        Portal leader = Portal.signedIn(url, "it-leader");
        Recognised recognised = recognised(url);
        long product = recognised.product();
        String earlier = recognised.certificate();

        String body = "{\"version\": " + version(office, product) + ", \"type\": \"%s\", \"note\": \"Đánh giá lại trước khi hết hạn\"}";
        assertEquals("registration.reRegister.type", refused(office.sendJson("POST", "api/v1/products/" + product
                + "/re-registration", body.formatted("FIRST_TIME"))));
        JsonObject dossier = ok(office.sendJson("POST", "api/v1/products/" + product + "/re-registration",
                body.formatted("RE_EVALUATION")));
        assertEquals(2, dossier.getInt("number"), "the product's second dossier");
        assertEquals(earlier, dossier.getString("certificateInForce"), "linked to the certificate in force");
        List<JsonObject> documents = objects(dossier, "documents");
        assertEquals(List.of("FOOD_SAFETY_CERTIFICATE"), documents.stream().map(d -> d.getString("item")).toList(),
                "the paper still valid is carried over");
        assertTrue(documents.get(0).getBoolean("carried"));
        Map<String, JsonObject> leftOut = objects(dossier, "leftOut").stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.getString("item"), d -> d));
        assertEquals(java.util.Set.of("REGISTRATION_FORM", "SELF_ASSESSMENT", "TEST_REPORT"), leftOut.keySet(),
                "to supply again: a new form and self-assessment for every registration, and the expired test report");
        assertEquals("2025-12-31", leftOut.get("TEST_REPORT").getString("validUntil"));
        JsonObject checklist = dossier.getJsonObject("checklist");
        JsonObject report = objects(checklist, "lines").stream().filter(l -> l.getString("item").equals("PRODUCTION_REPORT"))
                .findFirst().orElseThrow();
        assertTrue(report.getBoolean("mandatory"), "a re-evaluation asks for the 3-year report");
        assertEquals(0, report.getInt("documents"));
        assertTrue(checklist.getBoolean("samplesPresent"), "the product's samples as registered before (prefilled)");
        assertEquals("registration.reRegister.notSubmitted", refused(office.sendJson("POST", "api/v1/products/" + product
                + "/re-registration", "{\"version\": " + version(office, product) + ", \"type\": \"UPGRADE\"}")));

        ok(office.post("api/v1/it-re-evaluation/products/" + product + "/resubmission", Map.of()));
        ok(commune.post("api/v1/it-rating/prescreens", Map.of("products", Long.toString(product))));
        long second = concludedCityRound(url, Long.toString(product)).round();
        String later = certificates(issued(office, leader, draft(office, second), TODAY)).get(0);

        JsonObject verified = ok(new Portal(url.toURI()).get("api/v1/verify/" + earlier));
        assertEquals("SUPERSEDED", verified.getString("status"));
        assertEquals(later, verified.getString("supersededBy"), "by the new certificate");
        assertEquals(TODAY.toString(), verified.getString("supersededOn"), "from its decision's signing");
        assertEquals("SUPERSEDED", ok(office.get("api/v1/certificates/" + earlier)).getString("status"));
        assertEquals("VALID", ok(new Portal(url.toURI()).get("api/v1/verify/" + later)).getString("status"));
        assertFalse(office.json("api/v1/certificates?size=500&status=VALID&q=" + earlier).getJsonArray("items").stream()
                .anyMatch(c -> c.asJsonObject().getString("number").equals(earlier)), "not listed as valid");

        List<JsonObject> history = array(office.get("api/v1/products/" + product + "/history"));
        assertEquals(2, history.size(), "one product, two evaluations: " + history);
        assertEquals("FIRST_TIME", history.get(0).getJsonObject("registration").getString("type"));
        assertEquals(earlier, history.get(0).getJsonObject("recognition").getString("number"));
        assertEquals("SUPERSEDED", history.get(0).getJsonObject("recognition").getString("status"));
        assertEquals(later, history.get(0).getJsonObject("recognition").getString("supersededBy"));
        assertEquals("RE_EVALUATION", history.get(1).getJsonObject("registration").getString("type"));
        assertEquals(2, history.get(1).getJsonObject("registration").getInt("dossier"));
        assertEquals(later, history.get(1).getJsonObject("recognition").getString("number"));
        assertEquals("VALID", history.get(1).getJsonObject("recognition").getString("status"));
    }

    private static List<JsonObject> array(java.net.http.HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }
}
