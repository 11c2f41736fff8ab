package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bodies as data: the server runs for the People's Committee of Hà Nội (the default of {@code ocop.body}), so its
 * name is on the login page and in the footer, and a decision issued today prints the City's header; a decision of the
 * former Đan Phượng district, issued on its last day, keeps "HUYỆN ĐAN PHƯỢNG" on the decision and on its certificates
 * printed today, and the district can no longer issue anything after 30/06/2025.
 */
@IntegrationTest
class IssuingBodiesIT extends ClientTest {

    private static final LocalDate TODAY = Portal.today();

    @Test
    void theLoginPageTheTitleAndTheFooterNameTheConfiguredBody() throws Exception {
        String login = new Portal(url.toURI()).get("login.xhtml").body();
        assertTrue(login.contains("Hệ thống nội bộ của Ủy ban nhân dân thành phố Hà Nội"), login);
        assertTrue(login.contains("Cổng OCOP thành phố Hà Nội"), login);
        assertFalse(login.contains("Đan Phượng"), login);
        String home = Portal.signedIn(url, "it-officer").get("index.xhtml").body();
        assertTrue(home.contains("<span class=\"portal-title\">Cổng OCOP thành phố Hà Nội</span>"), home);
        assertTrue(home.contains("Chương trình mỗi xã một sản phẩm · Ủy ban nhân dân thành phố Hà Nội"), home);
    }

    @Test
    void aNewDecisionPrintsTheCitysHeaderWhileTheFormerDistrictsDecisionKeepsItsOwn() throws Exception {
        Portal office = Portal.signedIn(url, "it-officer");
        Portal leader = Portal.signedIn(url, "it-leader");

        // the former district's decision of its 2024 round: refused today, issued on its last day
        CertificationIT.Concluded district = CertificationIT.concludedRound(url, 2);
        JsonObject draft = CertificationIT.draft(office, district.round());
        JsonObject approved = Portal.ok(CertificationIT.approve(leader, CertificationIT.named(office, draft)));
        assertEquals("issuing_body.notInOffice", CertificationIT.refused(CertificationIT.issue(office, approved, TODAY)),
                "no district after 30/06/2025");
        JsonObject old = Portal.ok(CertificationIT.issue(office, approved, CertificationIT.DISTRICT_SIGNED));
        long oldId = CertificationIT.id(old);
        byte[] oldBytes = office.getBytes("api/v1/decisions/" + oldId + "/pdf").body();
        String oldText = Pdf.read(oldBytes).text();
        assertTrue(oldText.contains("HUYỆN ĐAN PHƯỢNG") && oldText.contains("Đan Phượng, ngày"), oldText);
        assertFalse(oldText.contains("THÀNH PHỐ HÀ NỘI"), oldText);
        String oldCertificate = old.getJsonArray("certificates").getString(0);
        assertTrue(oldCertificate.startsWith("OCOP-273-2025-"), oldCertificate);
        String reprinted = Pdf.read(office.getBytes("api/v1/certificates/" + oldCertificate + "/pdf").body()).text();
        assertTrue(reprinted.contains("HUYỆN ĐAN PHƯỢNG") && reprinted.contains("Đan Phượng, ngày"), reprinted);
        assertFalse(reprinted.contains("THÀNH PHỐ HÀ NỘI"), reprinted);

        // the City's decision of its 2026 round, issued today
        CertificationIT.Concluded city = CertificationIT.concludedRound(url, 2, true);
        JsonObject issued = CertificationIT.issued(office, leader, CertificationIT.draft(office, city.round()), TODAY);
        String cityText = Pdf.read(office.getBytes("api/v1/decisions/" + CertificationIT.id(issued) + "/pdf").body()).text();
        assertTrue(cityText.contains("THÀNH PHỐ HÀ NỘI") && cityText.contains("Hà Nội, ngày")
                && cityText.contains("UBND Thành phố Hà Nội"), cityText);
        assertFalse(cityText.contains("HUYỆN ĐAN PHƯỢNG"), cityText);
        assertTrue(issued.getJsonArray("certificates").getString(0).startsWith("OCOP-01-" + TODAY.getYear() + "-"), issued.toString());

        // the former district's decision has not changed
        HttpResponse<byte[]> again = office.getBytes("api/v1/decisions/" + oldId + "/pdf");
        assertArrayEquals(oldBytes, again.body(), "byte for byte");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM cert_decision WHERE id = ? AND body_code = '273'"
                + " AND body_header_line2 = 'HUYỆN ĐAN PHƯỢNG' AND body_place = 'Đan Phượng'", oldId));
    }
}
