package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.it.CertificationIT.refused;
import static vn.ocop.it.support.Portal.ok;

/**
 * Inspections after recognition over the API and the pages: the office records them on a district certificate (a remedy
 * past its day is overdue until a later compliant inspection), attaches the signed minutes, leaders read, a commune
 * officer as far as they see the certificate, a council member nothing; an inspection proposing revocation drafts the
 * revocation decision that cites it, and once revoked the certificate takes no further inspection.
 */
@IntegrationTest
class InspectionsIT extends ClientTest {

    static final String TEAM = "Phòng Kinh tế huyện Đan Phượng";

    /** An issued district recognition (signed on the former district's last day) and its certificates. */
    record Recognised(long decision, List<String> certificates) {
    }

    static Recognised recognised(URL url, int products) throws Exception {
        long round = CertificationIT.concludedRound(url, products).round();
        Portal office = signedIn(url, "it-officer");
        Portal leader = signedIn(url, "it-leader");
        JsonObject decision = CertificationIT.issued(office, leader, CertificationIT.draft(office, round), CertificationIT.DISTRICT_SIGNED);
        return new Recognised(CertificationIT.id(decision), CertificationIT.certificates(decision));
    }

    static Portal signedIn(URL url, String who) throws Exception {
        Database.awaitTestAccounts();
        Portal portal = Portal.signedIn(url, who);
        return portal;
    }

    static String inspection(String certificate, String kind, LocalDate on, String findings, String outcome, LocalDate remedyBy) {
        return "{\"certificate\": \"" + certificate + "\", \"kind\": \"" + kind + "\", \"inspectedOn\": \"" + on + "\", \"body\": \"" + TEAM
                + "\", \"inspectors\": \"Trần Văn Nam, Đỗ Thị Hạnh\", \"scope\": \"Quy trình sản xuất, nhãn\""
                + (findings == null ? "" : ", \"findings\": \"" + findings + "\"") + ", \"outcome\": \"" + outcome + "\""
                + (remedyBy == null ? "" : ", \"remedyBy\": \"" + remedyBy + "\"") + "}";
    }

    static JsonObject created(HttpResponse<String> answer) {
        assertEquals(201, answer.statusCode(), () -> answer.uri() + ": " + answer.body());
        return Portal.parse(answer.body());
    }

    /** An inspection recorded on a certificate of a new recognition (for the crawl's detail pages); answers its id. */
    static long recorded(URL url) throws Exception {
        Recognised recognised = recognised(url, 1);
        return created(signedIn(url, "it-officer").sendJson("POST", "api/v1/inspections", inspection(recognised.certificates().get(0),
                "PERIODIC", LocalDate.of(2025, 8, 1), "Nhãn thiếu hạn sử dụng", "TO_REMEDY", LocalDate.of(2025, 9, 1))))
                .getJsonNumber("id").longValue();
    }

    @Test
    void theOfficeRecordsARemedyThatIsOverdueUntilALaterCompliantInspection() throws Exception {
        Recognised recognised = recognised(url, 2);
        String first = recognised.certificates().get(0);
        Portal office = signedIn(url, "it-officer");

        assertEquals("certification.inspection.remedyNotAfter", refused(office.sendJson("POST", "api/v1/inspections",
                inspection(first, "PERIODIC", LocalDate.of(2025, 8, 1), "Nhãn thiếu", "TO_REMEDY", LocalDate.of(2025, 8, 1)))));
        assertEquals("certification.inspection.beforeRecognition", refused(office.sendJson("POST", "api/v1/inspections",
                inspection(first, "PERIODIC", LocalDate.of(2025, 6, 29), null, "COMPLIANT", null))));
        assertEquals("certification.inspection.findingsRequired", refused(office.sendJson("POST", "api/v1/inspections",
                inspection(first, "SURPRISE", LocalDate.of(2025, 8, 1), null, "PROPOSE_REVOCATION", null))));
        assertEquals("error.body.value", refused(office.sendJson("POST", "api/v1/inspections",
                inspection(first, "MONTHLY", LocalDate.of(2025, 8, 1), null, "COMPLIANT", null))));

        JsonObject remedy = created(office.sendJson("POST", "api/v1/inspections",
                inspection(first, "PERIODIC", LocalDate.of(2025, 8, 1), "Nhãn thiếu hạn sử dụng", "TO_REMEDY", LocalDate.of(2025, 9, 1))));
        assertEquals("OVERDUE", remedy.getString("followUp"));
        assertTrue(remedy.getBoolean("overdue"));
        assertEquals(1, ok(office.get("api/v1/inspections?certificate=" + first + "&overdue=true")).getInt("total"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'INSPECTION_RECORDED' AND entity_id = ?",
                remedy.getJsonNumber("id").toString()));

        created(office.sendJson("POST", "api/v1/inspections",
                inspection(first, "PERIODIC", LocalDate.of(2025, 9, 15), null, "COMPLIANT", null)));
        JsonObject after = ok(office.get("api/v1/inspections/" + remedy.getJsonNumber("id")));
        assertEquals("REMEDIED", after.getString("followUp"));
        assertEquals(0, ok(office.get("api/v1/inspections?certificate=" + first + "&overdue=true")).getInt("total"));
        JsonObject listed = ok(office.get("api/v1/inspections?certificate=" + first + "&year=2025&outcome=COMPLIANT"));
        assertEquals(1, listed.getInt("total"));
        assertEquals(2, ok(office.get("api/v1/inspections?certificate=" + first + "&size=1")).getInt("total"), "paged, counted whole");
        assertEquals(1, ok(office.get("api/v1/inspections?certificate=" + first + "&size=1")).getJsonArray("items").size());

        // The signed minutes: a PDF by its content, byte for byte back; a text file named .pdf is refused.
        long id = remedy.getJsonNumber("id").longValue();
        byte[] minutes = "%PDF-1.4\n% biên bản kiểm tra\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("registration.upload.type", refused(office.postBytes("api/v1/inspections/" + id + "/minutes?name=bb.pdf",
                "application/pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8))));
        JsonObject attached = ok(office.postBytes("api/v1/inspections/" + id + "/minutes?name=bien-ban.pdf", "application/pdf", minutes));
        assertTrue(attached.getBoolean("minutes"));
        assertArrayEquals(minutes, office.getBytes("api/v1/inspections/" + id + "/minutes").body());
        assertEquals("certification.inspection.minutesAttached", refused(office.postBytes("api/v1/inspections/" + id + "/minutes",
                "application/pdf", minutes)));

        // Leaders read, never write; a council member sees nothing; a commune officer as far as they see the certificate.
        Portal leader = signedIn(url, "it-leader");
        assertEquals(200, leader.get("api/v1/inspections/" + id).statusCode());
        assertEquals(403, leader.sendJson("POST", "api/v1/inspections",
                inspection(first, "PERIODIC", LocalDate.of(2025, 10, 1), null, "COMPLIANT", null)).statusCode());
        assertEquals(404, signedIn(url, "it-council").get("api/v1/inspections/" + id).statusCode());
        Portal commune = signedIn(url, "it-commune");
        assertEquals(commune.get("api/v1/certificates/" + first).statusCode(), commune.get("api/v1/inspections/" + id).statusCode(),
                "the inspection is seen as its certificate is");
        boolean seen = commune.get("api/v1/certificates/" + first).statusCode() == 200;
        assertEquals(seen ? 2 : 0, ok(commune.get("api/v1/inspections?certificate=" + first)).getInt("total"));
        assertEquals(401, new Portal(url.toURI()).get("api/v1/inspections/" + id).statusCode(), "a stranger");

        // The pages: the register shows it overdue no longer, the certificate's page records the next one.
        assertTrue(office.get("certification/inspections.xhtml?certificate=" + first).body().contains("Đã khắc phục"));
        String form = office.get("certification/inspection.xhtml?certificate=" + first).body();
        assertTrue(form.contains(first) && form.contains("Ghi nhận kiểm tra"), "the form names the certificate");
        badInputOnTheForm(office, "certification/inspection.xhtml?certificate=" + first);
        assertEquals(2, Database.count("SELECT COUNT(*) FROM cert_inspection WHERE certificate_id = (SELECT id FROM cert_certificate"
                + " WHERE number = ?)", first), "the bad input stored nothing");
    }

    /** The form refuses the bad-input corpus without an error page (the forms' corpus, on a page it cannot reach alone). */
    private static void badInputOnTheForm(Portal office, String path) {
        List<String> wrong = new ArrayList<>();
        List<String> values = new ArrayList<>(FormCorpusIT.REFUSED);
        values.addAll(FormCorpusIT.ODD);
        for (String value : values) {
            FormCorpusIT.Form form = FormCorpusIT.forms(office.get(path).body()).stream().filter(f -> f.id().equals("record"))
                    .findFirst().orElseThrow();
            HttpResponse<String> answer = office.post(form.action(), form.filled("record:save", value));
            String problem = FormCorpusIT.problem(answer, value);
            if (problem != null) {
                wrong.add(problem);
            }
        }
        assertTrue(wrong.isEmpty(), "bad answers: " + wrong);
    }

    @Test
    void anInspectionProposingRevocationDraftsTheRevocationThatCitesIt() throws Exception {
        Recognised recognised = recognised(url, 2);
        String revoked = recognised.certificates().get(1);
        String other = recognised.certificates().get(0);
        Portal office = signedIn(url, "it-officer");
        JsonObject proposal = created(office.sendJson("POST", "api/v1/inspections", inspection(revoked, "SURPRISE",
                LocalDate.of(2025, 10, 1), "Mẫu vượt giới hạn vi sinh vật", "PROPOSE_REVOCATION", null)));
        assertEquals("PROPOSED", proposal.getString("followUp"));
        long id = proposal.getJsonNumber("id").longValue();
        JsonObject compliant = created(office.sendJson("POST", "api/v1/inspections", inspection(other, "PERIODIC",
                LocalDate.of(2025, 10, 1), null, "COMPLIANT", null)));

        String page = office.get("certification/inspection.xhtml?id=" + id).body();
        assertTrue(page.contains("Lập quyết định thu hồi"), "the proposal offers the revocation");
        String prefilled = office.get("certification/decision.xhtml?id=" + recognised.decision() + "&inspection=" + id).body();
        assertTrue(prefilled.contains("Lập theo đề nghị thu hồi của lần kiểm tra"), "the decision page names the inspection");
        List<String> wrong = new java.util.ArrayList<>();
        for (String bad : List.of("abc", "-1", "1.5", "99999999999", "9".repeat(40), "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00")) {
            HttpResponse<String> answer = office.get("certification/decision.xhtml?id=" + recognised.decision() + "&inspection=" + bad);
            String location = answer.headers().firstValue("Location").orElse("");
            boolean notFound = answer.statusCode() == 404 || answer.statusCode() == 302 && location.contains("/error/404");
            boolean shown = answer.statusCode() == 200 && !answer.body().contains("Lập theo đề nghị thu hồi của lần kiểm tra");
            if (!(notFound || shown) || answer.body().contains("<script>alert(1)") || location.contains("/error/500")) {
                wrong.add(bad + ": " + answer.statusCode() + " " + location);
            }
        }
        assertTrue(wrong.isEmpty(), "a bad inspection in the decision page's address: never a 500, never an inspection named: " + wrong);

        String revocation = "{\"decision\": " + recognised.decision() + ", \"certificates\": [\"%s\"], \"groundCodes\": [%s],"
                + " \"grounds\": \"Cơ sở không khắc phục\"%s}";
        assertEquals("certification.revocation.inspectionMissing", refused(office.sendJson("POST", "api/v1/decisions/revocations",
                revocation.formatted(revoked, "\"INSPECTION_FINDINGS\"", ""))));
        assertEquals("certification.inspection.notProposingRevocation", refused(office.sendJson("POST", "api/v1/decisions/revocations",
                revocation.formatted(other, "\"INSPECTION_FINDINGS\"", ", \"inspection\": " + compliant.getJsonNumber("id")))));
        assertEquals("certification.inspection.otherCertificate", refused(office.sendJson("POST", "api/v1/decisions/revocations",
                revocation.formatted(other, "\"INSPECTION_FINDINGS\"", ", \"inspection\": " + id))));
        assertEquals("certification.revocation.inspectionMissing", refused(office.sendJson("POST", "api/v1/decisions/revocations",
                revocation.formatted(revoked, "\"FOOD_SAFETY\"", ", \"inspection\": " + id))));

        JsonObject draft = ok(office.sendJson("POST", "api/v1/decisions/revocations",
                revocation.formatted(revoked, "\"INSPECTION_FINDINGS\", \"FOOD_SAFETY\"", ", \"inspection\": " + id)));
        String citation = "biên bản kiểm tra đột xuất ngày 01/10/2025 của " + TEAM;
        String drafted = Pdf.read(office.getBytes("api/v1/decisions/" + CertificationIT.id(draft) + "/pdf").body()).text().replaceAll("\\s+", " ");
        assertTrue(drafted.contains(citation), "the draft cites the inspection: " + drafted);
        assertEquals("REVOCATION_DRAFTED", ok(office.get("api/v1/inspections/" + id)).getString("followUp"));
        assertEquals(CertificationIT.id(draft), ok(office.get("api/v1/inspections/" + id)).getJsonNumber("revocation").longValue());

        JsonObject issued = CertificationIT.issued(office, signedIn(url, "it-leader"), draft, CertificationIT.TODAY);
        byte[] pdf = office.getBytes("api/v1/decisions/" + CertificationIT.id(issued) + "/pdf").body();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "revocation-from-inspection.pdf"), pdf);
        Pdf printed = Pdf.read(pdf);
        String text = printed.text().replaceAll("\\s+", " ");
        assertTrue(text.contains("Căn cứ " + citation), "the legal bases cite the minutes: " + text);
        assertTrue(text.contains("kết quả kiểm tra sau công nhận không đáp ứng yêu cầu (" + citation + ")"), "the grounds cite it: " + text);
        assertEquals("REVOKED", ok(office.get("api/v1/inspections/" + id)).getString("followUp"));
        assertEquals("certification.inspection.revoked", refused(office.sendJson("POST", "api/v1/inspections",
                inspection(revoked, "PERIODIC", CertificationIT.TODAY, null, "COMPLIANT", null))));
        assertFalse(office.get("certification/inspection.xhtml?id=" + id).body().contains("Lập quyết định thu hồi"), "revoked once");
    }

    @Test
    void theStatisticsCountThePeriodsInspectionsByOutcome() throws Exception {
        Portal office = signedIn(url, "it-officer");
        long before = ok(office.get("api/v1/inspections?year=2025&outcome=TO_REMEDY")).getInt("total");
        long counted = toRemedy(ok(office.get("api/v1/statistics?year=2025")));
        recorded(url);
        assertEquals(before + 1, ok(office.get("api/v1/inspections?year=2025&outcome=TO_REMEDY")).getInt("total"));
        assertEquals(counted + 1, toRemedy(ok(office.get("api/v1/statistics?year=2025"))), "the statistics' API counts it");
        String report = Pdf.read(office.getBytes("api/v1/statistics/report.pdf?year=2025").body()).text().replaceAll("\\s+", " ");
        assertTrue(report.contains("Kiểm tra trong kỳ: phải khắc phục"), "the report: " + report);
        String statistics = office.get("reports/statistics.xhtml?year=2025").body();
        assertTrue(statistics.contains("Kiểm tra sau công nhận trong kỳ") && statistics.contains("Yêu cầu khắc phục"), "the panel");
        assertTrue(office.get("index.xhtml").body().contains("yêu cầu khắc phục sau kiểm tra đã quá hạn"), "the office's home");
    }

    private static long toRemedy(JsonObject statistics) {
        return statistics.getJsonObject("certificates").getJsonObject("inspected").getJsonNumber("toRemedy").longValue();
    }
}
