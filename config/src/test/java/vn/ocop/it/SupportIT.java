package vn.ocop.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Supports to producers through the Supports boundary, as real signed-in users (see
 * {@link SupportCalls}): totals in the database, stale versions refused, commune scoping,
 * attachments checked by content. Each test records its own supports and compares differences,
 * so the tests are independent of each other and of their order.
 */
@IntegrationTest
class SupportIT extends ClientTest {

    private static final String CALLS = "api/v1/it/supports";
    private static final long EQUIPMENT = 1L;
    private static final long BRANDING = 2L;
    private static final long ANALYSIS = 5L;

    private Portal signedIn(String username) throws Exception {
        Database.awaitTestRegistrations();
        return Portal.signedIn(url, username);
    }

    private static long producer(Portal portal, String q) {
        return portal.json("api/v1/producers?q=" + q).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> record(Portal portal, long producer, long type, String day, long amount,
                                               String reference) {
        Map<String, String> form = new HashMap<>();
        form.put("producer", String.valueOf(producer));
        form.put("type", String.valueOf(type));
        form.put("grantedOn", day);
        form.put("amount", String.valueOf(amount));
        form.put("source", "CITY_BUDGET");
        if (reference != null) {
            form.put("reference", reference);
        }
        return portal.post(CALLS, form);
    }

    private static JsonObject recorded(Portal portal, long producer, long type, String day, long amount, String reference) {
        HttpResponse<String> answer = record(portal, producer, type, day, amount, reference);
        assertEquals(200, answer.statusCode(), answer.body());
        return Portal.parse(answer.body());
    }

    /** [count, amount] of the totals of one type in one commune for a year. */
    private static long[] total(Portal portal, int year, long type, long commune) {
        HttpResponse<String> answer = portal.get(CALLS + "/totals?year=" + year);
        assertEquals(200, answer.statusCode(), answer.body());
        long[] sum = new long[2];
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            for (JsonObject row : reader.readArray().getValuesAs(JsonObject.class)) {
                if (row.getJsonNumber("typeId").longValue() == type && row.getJsonNumber("communeId").longValue() == commune) {
                    sum[0] += row.getJsonNumber("count").longValue();
                    sum[1] += row.getJsonNumber("amountVnd").longValue();
                }
            }
        }
        return sum;
    }

    @Test
    void aRecordedSupportCountsInTheTotalsOfItsTypeYearAndCommune() throws Exception {
        Portal officer = signedIn("it-officer");
        long tanHoi = producer(officer, "it-rau%20sach");
        long[] before = total(officer, 2019, EQUIPMENT, TestRegistrations.TAN_HOI);
        long[] otherYear = total(officer, 2020, EQUIPMENT, TestRegistrations.TAN_HOI);

        JsonObject support = recorded(officer, tanHoi, EQUIPMENT, "2019-05-02", 12_345_000L, "so 77/qđ-ubnd");
        assertEquals("77/QĐ-UBND", support.getString("referenceNumber"));
        assertEquals("it-officer", support.getString("recordedBy"));
        recorded(officer, tanHoi, EQUIPMENT, "2019-12-31", 1_000_000L, null);

        long[] after = total(officer, 2019, EQUIPMENT, TestRegistrations.TAN_HOI);
        assertEquals(before[0] + 2, after[0]);
        assertEquals(before[1] + 13_345_000L, after[1]);
        assertArrayEquals(otherYear, total(officer, 2020, EQUIPMENT, TestRegistrations.TAN_HOI), "another year is unchanged");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SUPPORT_RECORDED' AND entity_id = ?",
                String.valueOf(support.getJsonNumber("id").longValue())));
    }

    @Test
    void theRulesAnswerNextToTheirField() throws Exception {
        Portal officer = signedIn("it-officer");
        long phung = producer(officer, "it-nong%20nghiep");
        JsonObject future = Portal.parse(record(officer, phung, BRANDING, "2999-01-01", 1_000L, null).body());
        assertEquals("registration.support.dateInFuture", future.getString("messageKey"));
        assertEquals("grantedOn", future.getString("field"));
        JsonObject zero = Portal.parse(record(officer, phung, BRANDING, "2020-01-01", 0L, null).body());
        assertEquals("registration.support.amountPositive", zero.getString("messageKey"));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        Portal officer = signedIn("it-officer");
        long phung = producer(officer, "it-nong%20nghiep");
        JsonObject support = recorded(officer, phung, BRANDING, "2020-03-04", 5_000_000L, "12/HĐ-TK");
        long id = support.getJsonNumber("id").longValue();
        long version = support.getJsonNumber("version").longValue();

        Map<String, String> first = new HashMap<>(Map.of("producer", String.valueOf(phung), "type", String.valueOf(BRANDING),
                "grantedOn", "2020-03-04", "amount", "6000000", "source", "DISTRICT_BUDGET"));
        HttpResponse<String> saved = officer.post(CALLS + "/" + id + "?version=" + version, first);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(version + 1, Portal.parse(saved.body()).getJsonNumber("version").longValue());

        Map<String, String> stale = new HashMap<>(first);
        stale.put("amount", "9000000");
        HttpResponse<String> refused = officer.post(CALLS + "/" + id + "?version=" + version, stale);
        assertEquals(400, refused.statusCode());
        assertEquals("error.concurrentChange", Portal.parse(refused.body()).getString("messageKey"));
        assertEquals(6_000_000L, Database.count("SELECT amount_vnd FROM support WHERE id = ?", id), "the first change stays");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SUPPORT_CHANGED' AND entity_id = ?",
                String.valueOf(id)));
    }

    @Test
    void theProducerPageListsTheSupportsItReceived() throws Exception {
        Portal officer = signedIn("it-officer");
        long tanHoi = producer(officer, "it-rau%20sach");
        recorded(officer, tanHoi, BRANDING, "2021-03-04", 2_500_000L, "451/QĐ-UBND");

        HttpResponse<String> page = officer.get("registration/producer.xhtml?id=" + tanHoi);
        assertEquals(200, page.statusCode(), "a producer with supports opens (its page once collided with the table's row)");
        assertTrue(page.body().contains("04/03/2021"), "the support's date is in the table");
        assertTrue(page.body().contains("451/QĐ-UBND"), "and its reference");
        assertTrue(!page.body().contains("Method not found"), "no expression error on the page");
    }

    @Test
    void aCommuneOfficerSeesOnlyTheSupportsOfTheirCommune() throws Exception {
        Portal officer = signedIn("it-officer");
        long phung = producer(officer, "it-nong%20nghiep");
        long tanHoi = producer(officer, "it-rau%20sach");
        recorded(officer, phung, ANALYSIS, "2020-09-09", 4_000_000L, null);
        long hidden = recorded(officer, tanHoi, ANALYSIS, "2020-09-09", 7_000_000L, null).getJsonNumber("id").longValue();

        Portal commune = signedIn("it-commune");
        List<JsonObject> seen = commune.json(CALLS + "?q=it-").getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(!seen.isEmpty() && seen.stream().allMatch(s -> s.getJsonNumber("communeId").longValue() == TestAccounts.THI_TRAN_PHUNG),
                seen.toString());
        assertTrue(seen.stream().noneMatch(s -> s.getJsonNumber("id").longValue() == hidden));
        assertEquals(0, commune.json(CALLS + "?commune=" + TestRegistrations.TAN_HOI).getInt("total"),
                "asking for another commune finds nothing");
        assertEquals(404, commune.get(CALLS + "/producer/" + tanHoi).statusCode());
        assertEquals(200, commune.get(CALLS + "/producer/" + phung).statusCode());
        assertEquals(0, total(commune, 2020, ANALYSIS, TestRegistrations.TAN_HOI)[0], "the totals are scoped too");
        assertTrue(total(commune, 2020, ANALYSIS, TestAccounts.THI_TRAN_PHUNG)[0] >= 1);
        assertEquals(403, record(commune, phung, ANALYSIS, "2020-09-09", 1_000L, null).statusCode(),
                "the district records supports, not the commune");
    }

    @Test
    void attachmentsAreCheckedByContentAndNotTwice() throws Exception {
        Portal officer = signedIn("it-officer");
        long phung = producer(officer, "it-nong%20nghiep");
        long id = recorded(officer, phung, EQUIPMENT, "2020-10-10", 80_000_000L, "2210/QĐ-UBND").getJsonNumber("id").longValue();

        HttpResponse<String> fake = attach(officer, id, "quyet-dinh.pdf", "not a PDF at all".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, fake.statusCode());
        assertEquals("registration.upload.type", Portal.parse(fake.body()).getString("messageKey"));

        byte[] pdf = "%PDF-1.4\n% quyết định hỗ trợ\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> attached = attach(officer, id, "quyet-dinh.pdf", pdf);
        assertEquals(200, attached.statusCode(), attached.body());
        JsonObject document = Portal.parse(attached.body());
        assertEquals("application/pdf", document.getString("mediaType"));
        assertEquals(64, document.getString("sha256").length());
        HttpResponse<String> again = attach(officer, id, "ban-sao.pdf", pdf);
        assertEquals("registration.support.duplicateFile", Portal.parse(again.body()).getString("messageKey"));
        assertArrayEquals(pdf, officer.getBytes(CALLS + "/documents/" + document.getJsonNumber("id").longValue()).body());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM support_document WHERE support_id = ?", id));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SUPPORT_DOCUMENT_ATTACHED'"
                + " AND state_after LIKE ?", "support=" + id + ";%"));
    }

    private static HttpResponse<String> attach(Portal portal, long support, String name, byte[] content) {
        return portal.post(CALLS + "/" + support + "/documents",
                Map.of("fileName", name, "content", Base64.getEncoder().encodeToString(content)));
    }
}
