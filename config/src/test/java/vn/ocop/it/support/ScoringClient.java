package vn.ocop.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.it.support.Portal.ok;

/**
 * A council member's client of the scoring API (declare, fill in, save, submit a sheet, read the sheets), and the
 * set-up the scoring tests share: new council accounts and a district round of 2024 with them as its council, made by
 * the test deployment's rating fixture ({@code api/v1/it-rating}).
 */
public final class ScoringClient {

    private ScoringClient() {
    }

    /** A council member's account. */
    public record Account(long id, String username) {
    }

    /** A product of a round, as the scoring API addresses it. */
    public record Round(long id, long product) {
    }

    /** New council accounts, the first to chair (through the test deployment's rating fixture). */
    public static List<Account> accounts(URL url, int count) throws Exception {
        String prefix = "it-s" + ThreadLocalRandom.current().nextInt(10_000, 99_999) + "-";
        HttpResponse<String> created = Portal.signedIn(url, "it-admin").post("api/v1/it-rating/members",
                Map.of("prefix", prefix, "count", Integer.toString(count)));
        assertEquals(200, created.statusCode(), created.body());
        return Portal.parse(created.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> new Account(o.getJsonNumber("id").longValue(), o.getString("username"))).toList();
    }

    /** A district round of 2024 with one product, the accounts as its council; scoring started. */
    public static Round round(URL url, List<Account> council) throws Exception {
        String tag = "s" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        HttpResponse<String> created = Portal.signedIn(url, "it-officer").post("api/v1/it-rating/rounds", Map.of("tag", tag,
                "members", council.stream().map(a -> Long.toString(a.id())).collect(Collectors.joining(",")),
                "products", "1", "start", "true"));
        assertEquals(200, created.statusCode(), created.body());
        JsonObject setup = Portal.parse(created.body());
        return new Round(setup.getJsonNumber("round").longValue(), setup.getJsonArray("products").getJsonNumber(0).longValue());
    }

    public static String path(Round round) {
        return "api/v1/rounds/" + round.id() + "/products/" + round.product() + "/";
    }

    /** The rule's message key of a refused call (400). */
    public static String refused(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        return Portal.parse(response.body()).getString("messageKey", "");
    }

    public static HttpResponse<String> declare(Portal member, Round round, boolean conflict, String note) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("conflict", conflict);
        if (note != null) {
            body.add("note", note);
        }
        return member.sendJson("POST", path(round) + "declaration", body.build().toString());
    }

    public static HttpResponse<String> save(Portal member, Round round, long version, Map<Long, Long> choices) {
        JsonObjectBuilder map = Json.createObjectBuilder();
        choices.forEach((criterion, option) -> map.add(Long.toString(criterion), option));
        return member.sendJson("PUT", path(round) + "sheet",
                Json.createObjectBuilder().add("version", version).add("choices", map).build().toString());
    }

    public static HttpResponse<String> submit(Portal member, Round round, long version) {
        return member.sendJson("POST", path(round) + "sheet/submission",
                Json.createObjectBuilder().add("version", version).build().toString());
    }

    /** Criterion id → its option ids, in print order, from the member's sheet. */
    public static Map<Long, List<Long>> criteria(JsonObject sheet) {
        Map<Long, List<Long>> criteria = new LinkedHashMap<>();
        sheet.getJsonArray("criteria").getValuesAs(JsonObject.class).forEach(c -> criteria.put(c.getJsonNumber("id").longValue(),
                c.getJsonArray("options").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::longValue).toList()));
        return criteria;
    }

    /** Every criterion ticked with the option at (offset + its position) modulo its options. */
    public static Map<Long, Long> filled(Map<Long, List<Long>> criteria, int offset) {
        Map<Long, Long> choices = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<Long, List<Long>> criterion : criteria.entrySet()) {
            List<Long> options = criterion.getValue();
            choices.put(criterion.getKey(), options.get((offset + i++) % options.size()));
        }
        return choices;
    }

    /** Declares no conflict and fills the whole sheet; answers the sheet. */
    public static JsonObject declareAndFill(Portal member, Round round, int offset) {
        JsonObject sheet = ok(declare(member, round, false, null));
        assertEquals("DRAFT", sheet.getString("state"));
        JsonObject saved = ok(save(member, round, sheet.getJsonNumber("version").longValue(), filled(criteria(sheet), offset)));
        assertEquals(0, saved.getInt("missing"));
        return ok(member.get(path(round) + "sheet"));
    }
}
