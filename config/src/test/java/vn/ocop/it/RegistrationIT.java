package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registration through the API: commune scoping enforced by the boundary, diacritics-insensitive search. */
@IntegrationTest
class RegistrationIT extends ClientTest {

    private Portal signedIn(String username) throws Exception {
        Database.awaitTestRegistrations();
        return Portal.signedIn(url, username);
    }

    private static List<String> names(JsonObject answer) {
        return answer.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name"))
                .filter(n -> n.contains("it-")).sorted().toList();
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommune() throws Exception {
        Portal officer = signedIn("it-officer");
        assertEquals(List.of("HTX it-Nông nghiệp Phùng", "Tổ hợp tác it-Rau sạch Tân Hội"), names(officer.json("api/v1/producers?q=it-")));
        assertEquals(List.of("Bánh it-Phùng", "Rau it-cải ngọt Tân Hội"), names(officer.json("api/v1/products?q=it-")));

        Portal commune = signedIn("it-commune");
        assertEquals(List.of("HTX it-Nông nghiệp Phùng"), names(commune.json("api/v1/producers?q=it-")));
        assertEquals(List.of("Bánh it-Phùng"), names(commune.json("api/v1/products?q=it-")));
        assertEquals(0, commune.json("api/v1/producers?commune=" + TestRegistrations.TAN_HOI).getInt("total"),
                "asking for another commune finds nothing");
    }

    @Test
    void searchIgnoresDiacriticsAndCase() throws Exception {
        Portal officer = signedIn("it-leader");
        assertEquals(List.of("Tổ hợp tác it-Rau sạch Tân Hội"), names(officer.json("api/v1/producers?q=RAU%20SACH%20TAN%20HOI")));
        JsonObject producer = officer.json("api/v1/producers?q=it-nong%20nghiep").getJsonArray("items").getJsonObject(0);
        assertEquals("COOPERATIVE", producer.getString("type"));
        assertEquals("0100109106", producer.getString("taxCode"));
        assertEquals("Thị trấn Phùng", producer.getJsonObject("commune").getString("name"));
        JsonObject product = officer.json("api/v1/products?q=banh%20it").getJsonArray("items").getJsonObject(0);
        assertEquals("IDEA_REGISTERED", product.getString("step"));
        assertEquals(7, product.getJsonObject("productSet").getInt("number"));
    }

    @Test
    void everyRegistrationIsAudited() throws Exception {
        signedIn("it-officer");
        assertEquals(2, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRODUCER_REGISTERED' AND state_after LIKE '%it-%'"));
        assertEquals(2, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRODUCT_REGISTERED' AND state_after LIKE '%it-%'"));
    }

    @Test
    void productsAreFilteredByCommuneAndStep() throws Exception {
        Portal officer = signedIn("it-officer");
        assertEquals(List.of("Rau it-cải ngọt Tân Hội"),
                names(officer.json("api/v1/products?q=it-&commune=" + TestRegistrations.TAN_HOI)));
        assertEquals(List.of("Bánh it-Phùng", "Rau it-cải ngọt Tân Hội"), names(officer.json("api/v1/products?q=it-&step=IDEA_REGISTERED")));
        assertEquals(List.of(), names(officer.json("api/v1/products?q=it-&step=DOSSIER_SUBMITTED")));
        assertEquals(List.of("Rau it-cải ngọt Tân Hội"), names(officer.json("api/v1/products?q=rau%20sach%20tan%20hoi")),
                "the search finds a product by its producer's name too");
    }

    @Test
    void theRegistrationFormAndTheDossierChecklistPrintInVietnamese() throws Exception {
        Portal commune = signedIn("it-commune");
        long id = commune.json("api/v1/products?q=banh%20it").getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Pdf form = Pdf.read(commune.getBytes("api/v1/products/" + id + "/registration-form.pdf").body());
        for (String expected : List.of("PHIẾU ĐĂNG KÝ SẢN PHẨM THAM GIA", "HTX it-Nông nghiệp Phùng", "Bánh it-Phùng",
                "Đánh giá lần đầu", "Chúng tôi cam đoan")) {
            assertTrue(form.text().contains(expected), expected + " in " + form.text());
        }
        assertTrue(form.allFontsEmbedded(), form.fonts().toString());
        Pdf checklist = Pdf.read(commune.getBytes("api/v1/products/" + id + "/dossier-checklist.pdf").body());
        for (String expected : List.of("DANH MỤC HỒ SƠ SẢN PHẨM OCOP", "Phiếu đăng ký sản phẩm", "Còn thiếu",
                "Mức độ đầy đủ: 0 %")) {
            assertTrue(checklist.text().contains(expected), expected + " in " + checklist.text());
        }
        long tanHoi = signedIn("it-officer").json("api/v1/products?q=rau%20it").getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(404, commune.getBytes("api/v1/products/" + tanHoi + "/registration-form.pdf").statusCode(),
                "another commune's product does not print");
    }
}
