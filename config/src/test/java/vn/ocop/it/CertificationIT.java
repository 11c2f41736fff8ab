package vn.ocop.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;

import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.it.support.Portal.ok;

/**
 * Certification over HTTP: a concluded district round (its sheets keyed on paper by two officers) drafted into a
 * decision by the office, approved by a leader, issued with its number and signing date, its PDF answered byte for
 * byte with its SHA-256, its certificates printed, verified without signing in (valid, revoked, unknown, rate limit);
 * 20 revocation decisions issued at once get 20 consecutive numbers; an issue that fails after taking its number
 * leaves no gap.
 */
@IntegrationTest
class CertificationIT extends ClientTest {

    static final LocalDate TODAY = Portal.today();
    /** The former district's last day: its 2024 round is recognised by then. */
    static final LocalDate DISTRICT_SIGNED = LocalDate.of(2025, 6, 30);

    static String refused(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400, () -> "refused: " + response.statusCode() + " " + response.body());
        return Portal.parse(response.body()).getString("messageKey", "http." + response.statusCode());
    }

    /** A district round of 2024 with {@code products} products scored on paper and concluded; answers its id. */
    private long concludedRound(int products) throws Exception {
        return concludedRound(url, products).round();
    }

    /** The same as a City round of 2026. */
    private long concludedCityRound(int products) throws Exception {
        return concludedRound(url, products, true).round();
    }

    /** A concluded round and its title. */
    record Concluded(long round, String title) {
    }

    /** A district round of 2024, its council of three new accounts, its products' sheets keyed on paper, concluded. */
    static Concluded concludedRound(URL url, int products) throws Exception {
        return concludedRound(url, products, false);
    }

    /** A district round of 2024 or a City round of 2026, its council of three, its sheets keyed on paper, concluded. */
    static Concluded concludedRound(URL url, int products, boolean city) throws Exception {
        String tag = "c" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String members = councilOfThree(url, tag);
        String productIds = "";
        if (city) { // under 148 as amended by 1489 the commune pre-screens before the City's round takes a product
            productIds = submittedForTheCity(url, products);
            Portal commune = Portal.signedIn(url, "it-commune");
            ok(commune.post("api/v1/it-rating/prescreens", Map.of("products", productIds)));
        }
        return concludedRound(url, tag, members, products, city, productIds);
    }

    /** Three new council accounts and the officer who keys the sheets a second time ("it-TAG-check"); the members' ids. */
    private static String councilOfThree(URL url, String tag) throws Exception {
        Portal admin = Portal.signedIn(url, "it-admin");
        JsonObject accounts = ok(admin.post("api/v1/it-rating/members", Map.of("prefix", "it-" + tag + "-", "count", "3")));
        String members = accounts.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").toString()).collect(Collectors.joining(","));
        ok(admin.post("api/v1/it-rating/officers", Map.of("username", "it-" + tag + "-check")));
        return members;
    }

    /**
     * Products of new producers of thị trấn Phùng whose dossiers were submitted today (the office), for the commune's
     * pre-screen (xã Đan Phượng acts for thị trấn Phùng); their ids, comma-separated.
     */
    static String submittedForTheCity(URL url, int products) throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        return ok(office.post("api/v1/it-rating/products", Map.of("tag", "p" + ThreadLocalRandom.current().nextInt(10_000, 99_999),
                        "count", Integer.toString(products)))).getJsonArray("items").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(Object::toString).collect(Collectors.joining(","));
    }

    /** A City round of 2026 with the products given (pre-screened and passed), its council of three, keyed on paper, concluded. */
    static Concluded concludedCityRound(URL url, String productIds) throws Exception {
        String tag = "c" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String members = councilOfThree(url, tag);
        return concludedRound(url, tag, members, productIds.split(",").length, true, productIds);
    }

    private static Concluded concludedRound(URL url, String tag, String members, int products, boolean city, String productIds)
            throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        JsonObject setup = ok(office.post("api/v1/it-rating/rounds", Map.of("tag", tag, "members", members,
                "products", Integer.toString(products), "start", "true", "level", city ? "PROVINCE" : "DISTRICT",
                "productIds", productIds)));
        long round = setup.getJsonNumber("round").longValue();
        ok(office.post("api/v1/it-certification/rounds/" + round + "/paper", Map.of("quality", "0.5")));
        Portal check = Portal.signedIn(url, "it-" + tag + "-check");
        ok(check.post("api/v1/it-certification/rounds/" + round + "/paper", Map.of("quality", "0.5")));
        ok(office.post("api/v1/it-certification/rounds/" + round + "/closing", Map.of()));
        return new Concluded(round, (city ? "Đợt kiểm thử cấp Thành phố rt-" : "Đợt kiểm thử rt-") + tag);
    }

    static JsonObject draft(Portal office, long round) {
        return ok(office.sendJson("POST", "api/v1/decisions", "{\"round\": " + round + "}"));
    }

    static long id(JsonObject details) {
        return details.getJsonObject("decision").getJsonNumber("id").longValue();
    }

    static long version(JsonObject details) {
        return details.getJsonObject("decision").getJsonNumber("version").longValue();
    }

    static HttpResponse<String> approve(Portal leader, JsonObject details) {
        return leader.sendJson("POST", "api/v1/decisions/" + id(details) + "/approval", "{\"version\": " + version(details) + "}");
    }

    static HttpResponse<String> issue(Portal office, JsonObject details, LocalDate signedOn) {
        return office.sendJson("POST", "api/v1/decisions/" + id(details) + "/issue",
                "{\"version\": " + version(details) + ", \"signedOn\": \"" + signedOn + "\"}");
    }

    /** Names the signer (the office), approves (a leader), issues today (the office). */
    private JsonObject issued(Portal office, Portal leader, JsonObject draft) {
        return issued(office, leader, draft, TODAY);
    }

    /** Names the signer (the office), approves (a leader), issues on the day given (the office). */
    static JsonObject issued(Portal office, Portal leader, JsonObject draft, LocalDate signedOn) {
        assertEquals("certification.decision.signerRequired", refused(approve(leader, draft)), "no signer yet");
        JsonObject approved = ok(approve(leader, named(office, draft)));
        return ok(issue(office, approved, signedOn));
    }

    /** The draft with its signer named (the office changes the wording). */
    static JsonObject named(Portal office, JsonObject draft) {
        return ok(office.sendJson("PUT", "api/v1/decisions/" + id(draft) + "/wording",
                "{\"version\": " + version(draft) + ", \"signerName\": \"Nguyễn Văn Kiểm\"}"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static List<String> certificates(JsonObject details) {
        return details.getJsonArray("certificates").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void eachCommuneSeesTheCitysCertificatesOfItsOwnProducersOnly() throws Exception {
        String tag = "sc" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        Portal admin = Portal.signedIn(url, "it-admin");
        ok(admin.post("api/v1/it-rating/communes", Map.of("username", "it-" + tag + "-tanhoi", "commune",
                String.valueOf(TestRegistrations.TAN_HOI))));
        Portal office = Portal.signedIn(url, "it-officer");
        Portal phung = Portal.signedIn(url, "it-commune");
        Portal tanHoi = Portal.signedIn(url, "it-" + tag + "-tanhoi");
        String ofPhung = submittedForTheCity(url, 1);
        String ofTanHoi = ok(office.post("api/v1/it-rating/products", Map.of("tag", tag, "count", "1", "commune",
                String.valueOf(TestRegistrations.TAN_HOI)))).getJsonArray("items").getJsonNumber(0).toString();
        ok(phung.post("api/v1/it-rating/prescreens", Map.of("products", ofPhung)));
        ok(tanHoi.post("api/v1/it-rating/prescreens", Map.of("products", ofTanHoi)));

        long round = concludedCityRound(url, ofPhung + "," + ofTanHoi).round();
        Portal leader = Portal.signedIn(url, "it-leader");
        JsonObject decision = issued(office, leader, draft(office, round), TODAY);
        String ofDecision = "api/v1/certificates?size=500&decision=" + id(decision);
        Map<Long, String> byProduct = office.json(ofDecision).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().collect(Collectors.toMap(
                        c -> c.getJsonNumber("productId").longValue(), c -> c.getString("number")));
        assertEquals(java.util.Set.of(Long.valueOf(ofPhung), Long.valueOf(ofTanHoi)), byProduct.keySet(), "the office sees both");
        for (Portal[] pair : new Portal[][] {{phung, tanHoi}, {tanHoi, phung}}) {
            Map<Long, String> own = pair[0].json(ofDecision).getJsonArray("items").getValuesAs(JsonObject.class)
                    .stream().collect(Collectors.toMap(
                            c -> c.getJsonNumber("productId").longValue(), c -> c.getString("number")));
            assertEquals(1, own.size(), "a commune sees its own producer's certificate of the City's decision only: " + own);
            long mine = own.keySet().iterator().next();
            String theirs = byProduct.entrySet().stream().filter(e -> e.getKey() != mine).findFirst().orElseThrow().getValue();
            assertEquals(404, pair[0].getBytes("api/v1/certificates/" + theirs + "/pdf").statusCode(), "nor opens the other's");
            assertEquals(200, pair[0].getBytes("api/v1/certificates/" + own.get(mine) + "/pdf").statusCode());
        }
        assertEquals(Long.valueOf(ofPhung), phung.json(ofDecision).getJsonArray("items").getValuesAs(JsonObject.class).get(0)
                .getJsonNumber("productId").longValue(), "thị trấn Phùng's officer sees the product of thị trấn Phùng");
        assertEquals(403, phung.get("api/v1/decisions/" + id(decision)).statusCode(), "a commune does not read the decisions");
    }

    @Test
    void aDecisionIsDraftedApprovedIssuedFrozenAndItsCertificatesVerifiedWithoutSigningIn() throws Exception {
        long round = concludedCityRound(3);
        Portal office = Portal.signedIn(url, "it-officer");
        Portal leader = Portal.signedIn(url, "it-leader");
        JsonObject draft = draft(office, round);
        int products = draft.getJsonArray("products").size();
        assertTrue(products >= 1, "recognised products: " + draft);
        assertEquals("DRAFT", draft.getJsonObject("decision").getString("status"));
        assertEquals("certification.draft.exists", refused(office.sendJson("POST", "api/v1/decisions", "{\"round\": " + round + "}")));

        HttpResponse<byte[]> preview = office.getBytes("api/v1/decisions/" + id(draft) + "/pdf");
        assertEquals(200, preview.statusCode());
        Pdf previewed = Pdf.read(preview.body());
        assertTrue(previewed.text().contains("DỰ THẢO"), previewed.text());
        assertTrue(previewed.allFontsEmbedded());

        assertEquals(403, office.sendJson("POST", "api/v1/decisions/" + id(draft) + "/approval",
                "{\"version\": " + version(draft) + "}").statusCode(), "only a leader approves");
        assertEquals("certification.decision.notApproved", refused(issue(office, draft, TODAY)), "a draft is not issued");
        JsonObject decision = issued(office, leader, draft);
        JsonObject issuedDecision = decision.getJsonObject("decision");
        assertEquals("ISSUED", issuedDecision.getString("status"));
        assertTrue(issuedDecision.getString("number").matches("\\d+/QĐ-UBND"), issuedDecision.toString());
        assertEquals(TODAY.toString(), issuedDecision.getString("date"));
        assertEquals(products, issuedDecision.getInt("productCount"));

        // Asked for at once: printed after the issuing transaction, the decision is served with its print all the same
        // (printed now if the printing after the issue has not frozen it yet), and that print is the one kept.
        HttpResponse<byte[]> pdf = office.getBytes("api/v1/decisions/" + id(decision) + "/pdf");
        assertEquals(200, pdf.statusCode());
        String kept = office.json("api/v1/decisions/" + id(decision)).getString("sha256");
        assertEquals(kept, sha256(pdf.body()));
        assertEquals(kept, pdf.headers().firstValue("X-Content-SHA256").orElseThrow());
        assertArrayEquals(pdf.body(), office.getBytes("api/v1/decisions/" + id(decision) + "/pdf").body(), "byte for byte, every time");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'DECISION_PRINTED' AND entity_id = ?"
                + " AND state_after LIKE ?", Long.toString(id(decision)), "%sha256=" + kept + "%"), "the print is frozen once, and audited");
        Pdf printed = Pdf.read(pdf.body());
        assertTrue(printed.text().contains("Số: " + issuedDecision.getString("number")), printed.text());
        assertFalse(printed.text().contains("DỰ THẢO"));
        assertTrue(printed.text().contains("Nguyễn Văn Kiểm"));
        assertTrue(printed.text().contains("THÀNH PHỐ HÀ NỘI") && printed.text().contains("Hà Nội, ngày"), printed.text());
        assertEquals(595, printed.width(), 1);
        assertEquals(842, printed.height(), 1);
        assertEquals("certification.decision.frozen", refused(issue(office, decision, TODAY)), "issued once");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'DECISION_ISSUED' AND entity_id = ?",
                Long.toString(id(decision))));

        List<String> numbers = certificates(decision);
        assertEquals(products, numbers.size());
        numbers.forEach(n -> assertTrue(n.matches("OCOP-01-" + TODAY.getYear() + "-\\d{4,}"), n));
        Pdf batch = Pdf.read(office.getBytes("api/v1/decisions/" + id(decision) + "/certificates/pdf").body());
        assertEquals(products, batch.pages());
        assertEquals(842, batch.width(), 1);
        JsonObject listed = ok(office.get("api/v1/certificates?decision=" + id(decision)));
        assertEquals(products, listed.getInt("total"));
        JsonObject first = listed.getJsonArray("items").getJsonObject(0);
        assertEquals("VALID", first.getString("status"));
        assertEquals(TODAY.plusMonths(36).minusDays(1).toString(), first.getString("validUntil"));
        expiryNoticeFallsDueAndALateOneIsMarked(office, first, id(decision));
        HttpResponse<byte[]> certificate = office.getBytes("api/v1/certificates/" + first.getString("number") + "/pdf");
        Pdf one = Pdf.read(certificate.body());
        assertEquals(1, one.pages());
        assertTrue(one.text().contains("GIẤY CHỨNG NHẬN") && one.text().contains(first.getString("number")), one.text());
        assertTrue(one.text().contains("https://ocop.example.gov.vn/ocop/verify.xhtml?number=" + first.getString("number")),
                "the configured public address on paper: " + one.text());
        assertFalse(one.text().contains("localhost"), "never localhost on paper");

        Portal anonymous = new Portal(url.toURI());
        JsonObject verified = ok(anonymous.get("api/v1/verify/" + first.getString("number")));
        assertEquals("VALID", verified.getString("status"));
        assertEquals(first.getString("product"), verified.getString("product"));
        assertEquals(first.getString("producer"), verified.getString("producer"));
        assertEquals(first.getInt("stars"), verified.getInt("stars"));
        assertEquals(first.getString("validUntil"), verified.getString("validUntil"));
        assertEquals(404, anonymous.get("api/v1/verify/OCOP-273-1999-9999").statusCode(), "unknown number");
        assertEquals(404, anonymous.get("api/v1/verify/not-a-number").statusCode());
        assertEquals(401, anonymous.get("api/v1/certificates").statusCode(), "the register is not public");
        String page = anonymous.get("verify.xhtml?number=" + first.getString("number")).body();
        assertTrue(page.contains("Còn hiệu lực") && page.contains(first.getString("product")), page);

        JsonObject revocation = ok(office.sendJson("POST", "api/v1/decisions/revocations", "{\"decision\": " + id(decision)
                + ", \"certificates\": [\"" + first.getString("number")
                        + "\"], \"groundCodes\": [\"FOOD_SAFETY\"], \"grounds\": \"Vi phạm an toàn thực phẩm\"}"));
        issued(office, leader, revocation);
        assertEquals("REVOKED", ok(anonymous.get("api/v1/verify/" + first.getString("number"))).getString("status"));
        assertTrue(anonymous.get("verify.xhtml?number=" + first.getString("number")).body().contains("Đã thu hồi"));

        // From an address of its own: the limit is the server's memory, which the suite's other classes share.
        Portal guesser = new Portal(url.toURI()).from("203.0.113.90");
        int limited = 0;
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> answer = guesser.get("api/v1/verify/OCOP-273-2019-" + String.format("%04d", 9000 + i));
            if (answer.statusCode() == 429) {
                limited++;
                assertTrue(answer.headers().firstValue("Retry-After").isPresent());
            } else {
                assertEquals(404, answer.statusCode());
            }
        }
        assertTrue(limited > 0, "guessing numbers one after another is stopped");
    }

    /**
     * The expiry notice of a certificate: due 60 days before its last day (the default lead), on time until 30 days
     * before it, listed as due then overdue, and a notice recorded after that marked late. The certificate's last day
     * is moved for the test, then put back.
     */
    private void expiryNoticeFallsDueAndALateOneIsMarked(Portal office, JsonObject certificate, long decision) {
        String number = certificate.getString("number");
        LocalDate until = LocalDate.parse(certificate.getString("validUntil"));
        assertEquals("NOT_DUE", certificate.getString("noticeState"));
        assertEquals(until.minusDays(60).toString(), certificate.getString("noticeDueFrom"));
        assertEquals(until.minusDays(30).toString(), certificate.getString("noticeDeadline"));
        assertFalse(certificate.getBoolean("noticeSent"));
        try {
            Database.update("UPDATE cert_certificate SET valid_until = ? WHERE number = ?", TODAY.plusDays(45), number);
            assertEquals("DUE", ok(office.get("api/v1/certificates/" + number)).getString("noticeState"), "45 days left");
            assertTrue(listed(office, "DUE", decision).contains(number));
            assertFalse(listed(office, "OVERDUE", decision).contains(number));

            Database.update("UPDATE cert_certificate SET valid_until = ? WHERE number = ?", TODAY.plusDays(20), number);
            assertEquals("OVERDUE", ok(office.get("api/v1/certificates/" + number)).getString("noticeState"), "20 days left");
            assertTrue(listed(office, "OVERDUE", decision).contains(number));
            assertFalse(listed(office, "DUE", decision).contains(number));

            JsonObject notice = ok(office.sendJson("POST", "api/v1/certificates/" + number + "/notices",
                    "{\"sentOn\": \"" + TODAY + "\"}"));
            assertTrue(notice.getBoolean("late"), "recorded 20 days before the end: " + notice);
            assertEquals(TODAY.plusDays(20).minusDays(30).toString(), notice.getString("deadline"));
            JsonObject sent = ok(office.get("api/v1/certificates/" + number));
            assertEquals("SENT_LATE", sent.getString("noticeState"));
            assertTrue(sent.getBoolean("noticeLate"));
            assertEquals(TODAY.toString(), sent.getString("noticeSentOn"));
            assertFalse(listed(office, "OVERDUE", decision).contains(number), "no longer a notice to send");
            assertEquals(List.of(number), listed(office, "SENT_LATE", decision), "?notice=SENT_LATE: the late notices only");
            assertFalse(listed(office, "SENT", decision).contains(number), "?notice=SENT: those sent on time");
        } finally {
            Database.update("UPDATE cert_certificate SET valid_until = ? WHERE number = ?", until, number);
        }
    }

    private static List<String> listed(Portal office, String notice, long decision) {
        return ok(office.get("api/v1/certificates?notice=" + notice + "&decision=" + decision)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("number")).toList();
    }

    @Test
    void twentyDecisionsIssuedAtOnceGetTwentyConsecutiveNumbersAndAFailedIssueLeavesNoGap() throws Exception {
        long round = concludedRound(21);
        Portal office = Portal.signedIn(url, "it-officer");
        Portal leader = Portal.signedIn(url, "it-leader");
        JsonObject recognition = issued(office, leader, draft(office, round), DISTRICT_SIGNED);
        List<String> numbers = certificates(recognition);
        assertTrue(numbers.size() >= 21, "21 certificates to revoke one by one: " + numbers.size());

        List<JsonObject> approved = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            JsonObject revocation = ok(office.sendJson("POST", "api/v1/decisions/revocations", "{\"decision\": " + id(recognition)
                    + ", \"certificates\": [\"" + numbers.get(i) + "\"], \"groundCodes\": [\"PRODUCTION_STOPPED\"], \"grounds\": \"Ngừng sản xuất\"}"));
            approved.add(ok(approve(leader, named(office, revocation))));
        }

        List<Portal> offices = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            offices.add(Portal.signedIn(url, "it-officer"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Portal portal = offices.get(i);
                JsonObject decision = approved.get(i);
                answers.add(pool.submit((Callable<HttpResponse<String>>) () -> issue(portal, decision, TODAY)));
            }
            List<Integer> sequences = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                String number = ok(answer.get()).getJsonObject("decision").getString("number");
                sequences.add(Integer.parseInt(number.substring(0, number.indexOf('/'))));
            }
            sequences.sort(Integer::compare);
            for (int i = 1; i < sequences.size(); i++) {
                assertEquals(sequences.get(0) + i, sequences.get(i), "consecutive and distinct: " + sequences);
            }
            int last = sequences.get(sequences.size() - 1);

            JsonObject twentyFirst = approved.get(20);
            HttpResponse<String> failed = office.post("api/v1/it-certification/decisions/" + id(twentyFirst) + "/failed-issue",
                    Map.of("version", Long.toString(version(twentyFirst)), "signedOn", TODAY.toString()));
            assertEquals((last + 1) + "/QĐ-UBND", ok(failed).getString("number"), "the number taken before the failure");
            assertEquals("APPROVED", ok(office.get("api/v1/decisions/" + id(twentyFirst))).getJsonObject("decision").getString("status"),
                    "rolled back");
            assertEquals(0, Database.count("SELECT COUNT(*) FROM cert_decision WHERE number_year = ? AND sequence_no = ?"
                    + " AND body_code = '01'", TODAY.getYear(), last + 1));
            String again = ok(issue(office, twentyFirst, TODAY)).getJsonObject("decision").getString("number");
            assertEquals((last + 1) + "/QĐ-UBND", again, "the same number again: no gap");
            assertEquals(0, Database.count("SELECT COUNT(*) FROM (SELECT sequence_no FROM cert_decision WHERE number_year = ?"
                    + " AND body_code = '01' GROUP BY sequence_no HAVING COUNT(*) > 1) d", TODAY.getYear()), "no duplicate");
            assertEquals(21, Database.count("SELECT COUNT(*) FROM cert_decision WHERE refers_to_id = ? AND body_code = '01'",
                    id(recognition)), "the former district's certificates are revoked by the City after 30/06/2025");
            long issuedThisYear = Database.count("SELECT COUNT(*) FROM cert_decision WHERE number_year = ? AND body_code = '01'",
                    TODAY.getYear());
            assertEquals(issuedThisYear, Database.count("SELECT MAX(sequence_no) FROM cert_decision WHERE number_year = ?"
                    + " AND body_code = '01'", TODAY.getYear()), "numbers 1…n without a gap");
        } finally {
            pool.shutdownNow();
        }
    }
}
