package vn.ocop.it;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.it.support.Portal.ok;

/**
 * The printed documents of a round over HTTP: a council member's sheet (their own only; the office
 * any member's once the results are opened) and the minutes of the council's session (sealed until
 * the chair opened the results). The round is set up through the boundaries by the test WAR's
 * {@link RatingFixture} and scored by each member with their own session, as in {@link ScoringIT}.
 */
@IntegrationTest
class RatingPrintsIT extends ClientTest {

    /** Declares no conflict, ticks every criterion (its first option, or its last) and submits. */
    private static void score(Portal member, String product, boolean last) {
        JsonObject sheet = ok(member.sendJson("POST", product + "declaration", "{\"conflict\": false}"));
        JsonObjectBuilder choices = Json.createObjectBuilder();
        for (JsonObject criterion : sheet.getJsonArray("criteria").getValuesAs(JsonObject.class)) {
            List<JsonNumber> options = criterion.getJsonArray("options").getValuesAs(JsonNumber.class);
            choices.add(Long.toString(criterion.getJsonNumber("id").longValue()), options.get(last ? options.size() - 1 : 0));
        }
        JsonObject saved = ok(member.sendJson("PUT", product + "sheet", Json.createObjectBuilder()
                .add("version", sheet.getJsonNumber("version").longValue()).add("choices", choices).build().toString()));
        assertEquals(0, saved.getInt("missing"), saved.toString());
        ok(member.sendJson("POST", product + "sheet/submission", Json.createObjectBuilder()
                .add("version", saved.getJsonNumber("version").longValue()).build().toString()));
    }

    /** A printed document read back (kept under target/ to look at); fails unless it is an A4 PDF with every font embedded. */
    private static Pdf pdf(HttpResponse<byte[]> response, String fileName) throws IOException {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        Files.write(Path.of("target", fileName), response.body());
        Pdf printed = Pdf.read(response.body());
        assertEquals(595, printed.width(), 1);
        assertEquals(842, printed.height(), 1);
        assertTrue(printed.allFontsEmbedded(), printed.fonts().toString());
        return printed;
    }

    /** What section 2 of the minutes says of each member whose total strays beyond the spread. */
    private static List<String> section(String minutes) {
        int from = minutes.indexOf("2. Thành viên chấm điểm chênh lệch");
        int to = minutes.indexOf("IV. KẾT LUẬN CỦA HỘI ĐỒNG");
        assertTrue(from >= 0 && to > from, minutes);
        return Pattern.compile("Thành viên Hội đồng \\d chấm [0-9,]+ điểm, trung bình của các thành viên còn lại"
                + " [0-9,]+ điểm, chênh lệch [0-9,]+ điểm").matcher(minutes.substring(from, to)).results()
                .map(MatchResult::group).toList();
    }

    /** Whether the text holds the words, wherever a line was broken (e.g. after a hyphen of a product's name). */
    private static boolean holds(Pdf pdf, String words) {
        return pdf.text().replace(" ", "").contains(words.replace(" ", ""));
    }

    @Test
    void printsAMembersSheetAndTheMinutesOfAScoredRoundSealedAsTheResults() throws Exception {
        String prefix = "it-p" + ThreadLocalRandom.current().nextInt(10_000, 99_999) + "-";
        JsonObject accounts = ok(Portal.signedIn(url, "it-admin").post("api/v1/it-rating/members", Map.of("prefix", prefix, "count", "3")));
        List<String> council = accounts.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("username")).toList();
        String ids = accounts.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> Long.toString(o.getJsonNumber("id").longValue())).collect(Collectors.joining(","));
        String tag = "p" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        JsonObject setup = ok(Portal.signedIn(url, "it-officer").post("api/v1/it-rating/rounds",
                Map.of("tag", tag, "members", ids, "products", "1", "start", "true")));
        long round = setup.getJsonNumber("round").longValue();
        long product = setup.getJsonArray("products").getJsonNumber(0).longValue();
        String productPath = "api/v1/rounds/" + round + "/products/" + product + "/";
        Map<String, Long> memberIds = new LinkedHashMap<>();
        for (String username : council) {
            memberIds.put(username, Database.count("SELECT MAX(m.id) FROM council_member m JOIN user_account u"
                    + " ON u.id = m.user_id WHERE u.username = ?", username));
        }
        String productName = "Sản phẩm rt-" + tag + "-0";

        List<Portal> members = new ArrayList<>();
        for (int i = 0; i < council.size(); i++) {
            Portal member = Portal.signedIn(url, council.get(i));
            score(member, productPath, i < 2);
            members.add(member);
        }
        Portal chair = members.get(0);
        Portal first = members.get(1);
        Portal officer = Portal.signedIn(url, "it-officer");
        String firstSheet = productPath + "members/" + memberIds.get(council.get(1)) + "/sheet.pdf";
        String secondSheet = productPath + "members/" + memberIds.get(council.get(2)) + "/sheet.pdf";

        Pdf own = pdf(first.getBytes(firstSheet), "it-member-sheet-own.pdf");
        assertTrue(own.text().contains("PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP"), own.text());
        assertTrue(own.text().contains("Thành viên đánh giá: Thành viên Hội đồng 2 (Ủy viên)"), own.text());
        assertTrue(holds(own, "Tên sản phẩm: " + productName), own.text());
        assertTrue(own.text().contains("Phiếu đã nộp trên hệ thống lúc"), own.text());
        assertTrue(own.text().contains("\u2612 "), "the options chosen ticked");
        assertEquals(404, first.get(secondSheet).statusCode(), "another member's sheet");
        assertEquals(404, Portal.signedIn(url, "it-council").get(firstSheet).statusCode(), "not a member of this council");
        assertEquals(403, Portal.signedIn(url, "it-leader").get(firstSheet).statusCode(), "members' sheets are for the office and the member");

        HttpResponse<String> sealed = officer.get(secondSheet);
        assertEquals(400, sealed.statusCode(), sealed.body());
        assertTrue(sealed.body().contains("rating.scoring.sealed"), sealed.body());
        HttpResponse<String> sealedMinutes = officer.get("api/v1/rounds/" + round + "/minutes.pdf");
        assertEquals(400, sealedMinutes.statusCode(), sealedMinutes.body());
        assertTrue(sealedMinutes.body().contains("rating.scoring.sealed"), sealedMinutes.body());

        ok(chair.sendJson("POST", "api/v1/rounds/" + round + "/results/opening", "{}"));

        Pdf sheet = pdf(officer.getBytes(secondSheet), "it-member-sheet-office.pdf");
        assertTrue(sheet.text().contains("Thành viên đánh giá: Thành viên Hội đồng 3 (Ủy viên)"), sheet.text());
        assertTrue(holds(sheet, "Tên sản phẩm: " + productName), sheet.text());
        assertTrue(sheet.text().contains("TỔNG ĐIỂM: "), sheet.text());
        assertEquals(404, first.get(secondSheet).statusCode(), "still not another member's sheet once opened");

        List<String> disagreements = null;
        for (Portal reader : List.of(officer, first, Portal.signedIn(url, "it-leader"))) {
            Pdf minutes = pdf(reader.getBytes("api/v1/rounds/" + round + "/minutes.pdf"), "it-minutes-draft.pdf");
            String text = minutes.text();
            disagreements = section(text);
            assertTrue(disagreements.stream().anyMatch(d -> d.startsWith("Thành viên Hội đồng 3 chấm")),
                    "the member who scored lowest: " + text);
            assertTrue(text.contains("BIÊN BẢN"), text);
            assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
            assertTrue(text.contains("Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2024"), text);
            assertTrue(text.contains("Dự thảo: đợt đánh giá chưa kết thúc"), "the round is not concluded: " + text);
            assertTrue(text.contains("Thời gian: từ ngày 01/10/2024 đến ngày 15/10/2024."), text);
            assertTrue(text.contains("1. Thành viên Hội đồng có mặt: 3/3 thành viên:"), text);
            assertTrue(text.contains("Thành viên Hội đồng 1, Chủ tịch Hội đồng;"), text);
            assertTrue(text.contains("Thành viên Hội đồng 3, Ủy viên;"), text);
            assertTrue(text.contains("Cuộc họp đủ điều kiện theo quy chế."), text);
            assertTrue(holds(minutes, productName), text);
            assertTrue(text.contains("IV. KẾT LUẬN CỦA HỘI ĐỒNG"), text);
            assertTrue(text.contains("CHỦ TỊCH HỘI ĐỒNG"), text);
        }
        assertEquals(404, Portal.signedIn(url, "it-council").get("api/v1/rounds/" + round + "/minutes.pdf").statusCode(),
                "not a member of this council");

        JsonObject concluded = ok(officer.post("api/v1/it-prints/rounds/" + round + "/conclusion", Map.of()));
        assertEquals("CONCLUDED", concluded.getString("status"));
        Pdf frozen = pdf(chair.getBytes("api/v1/rounds/" + round + "/minutes.pdf"), "it-minutes.pdf");
        assertTrue(!frozen.text().contains("Dự thảo"), "a concluded round's minutes: " + frozen.text());
        assertEquals(disagreements, section(frozen.text()), "the frozen results' disagreements, from the sheets");
        assertEquals(403, Portal.signedIn(url, "it-commune").get("api/v1/rounds/" + round + "/minutes.pdf").statusCode());
    }
}
