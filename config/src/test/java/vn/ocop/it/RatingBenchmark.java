package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.BenchmarkProducts;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.ScoringClient;
import vn.ocop.it.support.TestAccounts;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The results of a city round at size, measured (a benchmark, not a test: not in the suite; the
 * README says how to run it): 500 products scored by a council of 11, every sheet complete and
 * submitted, results opened. The round and its council are made through the boundaries (the rating
 * fixture), the 5,500 sheets straight into the database; then the results API (means, parts,
 * classes, star marks, spread, proposals for 500 products) is timed over HTTP.
 */
@IntegrationTest
class RatingBenchmark extends ClientTest {

    static final int PRODUCTS = 500;
    static final int MEMBERS = 11;
    static final long FIRST_ID = 7_000_000L;

    @Test
    void cityRound() throws Exception {
        Database.awaitTestAccounts();
        String tag = "bm" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        Portal admin = new Portal(url.toURI());
        admin.signIn("it-admin", TestAccounts.PASSWORD);
        List<JsonObject> accounts = Portal.ok(admin.post("api/v1/it-rating/members", Map.of("prefix", "it-" + tag + "-",
                "count", Integer.toString(MEMBERS)))).getJsonArray("items").getValuesAs(JsonObject.class);
        Portal office = new Portal(url.toURI());
        office.signIn("it-officer", TestAccounts.PASSWORD);
        JsonObject setup = Portal.ok(office.post("api/v1/it-rating/rounds", Map.of("tag", tag, "products", "1", "start", "true",
                "members", accounts.stream().map(a -> a.getJsonNumber("id").toString()).collect(Collectors.joining(",")))));
        long round = setup.getJsonNumber("round").longValue();
        List<Long> members = setup.getJsonArray("members").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
        Portal chair = new Portal(url.toURI());
        chair.signIn(accounts.get(0).getString("username"), TestAccounts.PASSWORD);
        ScoringClient.Round first = new ScoringClient.Round(round, setup.getJsonArray("products").getJsonNumber(0).longValue());
        Map<Long, List<Long>> criteria = ScoringClient.criteria(Portal.ok(chair.get(ScoringClient.path(first) + "sheet")));

        long loading = System.nanoTime();
        load(round, members, criteria);
        System.out.printf(Locale.ROOT, "%nCity round ready in %.1f s: %d products, %d members, %d sheets, %d choices%n",
                (System.nanoTime() - loading) / 1e9, PRODUCTS, MEMBERS, PRODUCTS * MEMBERS, PRODUCTS * MEMBERS * criteria.size());

        String path = "api/v1/rounds/" + round + "/results";
        for (int i = 0; i < 3; i++) {
            assertEquals(PRODUCTS, Portal.ok(office.get(path)).getInt("total"));
        }
        long[] millis = new long[20];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = office.getBytes(path);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, answer.statusCode());
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "| Results of a city round (%d products × %d members), API | %d | %d | %d | %d |%n",
                PRODUCTS, MEMBERS, millis.length, millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.95) - 1],
                millis[millis.length - 1]);
    }

    /** 500 products in the round (the fixture's first one and 499 more), every member's sheet submitted, results opened. */
    private static void load(long round, List<Long> members, Map<Long, List<Long>> criteria) throws Exception {
        LocalDateTime now = LocalDateTime.of(2024, 11, 5, 9, 0);
        List<Long> criterionIds = List.copyOf(criteria.keySet());
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            long sheetId = FIRST_ID;
            long choiceId = FIRST_ID;
            try (BenchmarkProducts products = new BenchmarkProducts(c);
                 PreparedStatement entry = c.prepareStatement("INSERT INTO round_product (id, round_id, product_id, sheet_id, added_at,"
                         + " version) VALUES (?, ?, ?, 7, ?, 0)");
                 PreparedStatement sheet = c.prepareStatement("INSERT INTO score_sheet (id, member_id, round_product_id, status,"
                         + " withdrawn, saved_at, submitted_at, version) VALUES (?, ?, ?, 'SUBMITTED', FALSE, ?, ?, 1)");
                 PreparedStatement choice = c.prepareStatement("INSERT INTO score_choice (id, sheet_id, criterion_id, option_id)"
                         + " VALUES (?, ?, ?, ?)")) {
                List<Long> entries = new java.util.ArrayList<>();
                try (var existing = c.prepareStatement("SELECT id FROM round_product WHERE round_id = ?")) {
                    existing.setLong(1, round);
                    try (var rows = existing.executeQuery()) {
                        while (rows.next()) {
                            entries.add(rows.getLong(1));
                        }
                    }
                }
                for (int i = 1; i < PRODUCTS; i++) {
                    long id = FIRST_ID + round * 1000 + i;
                    String name = "Sản phẩm thành phố " + round + "-" + i;
                    products.add(id, name, 7, "BMR-" + id, 10 + i % 16);
                    entry.setLong(1, id);
                    entry.setLong(2, round);
                    entry.setLong(3, id);
                    entry.setTimestamp(4, Timestamp.valueOf(now));
                    entry.addBatch();
                    entries.add(id);
                }
                products.executeBatches();
                entry.executeBatch();
                sheetId = FIRST_ID + round * 10_000;
                choiceId = FIRST_ID + round * 1_000_000;
                int p = 0;
                for (long entryId : entries) {
                    for (int m = 0; m < members.size(); m++, sheetId++) {
                        sheet.setLong(1, sheetId);
                        sheet.setLong(2, members.get(m));
                        sheet.setLong(3, entryId);
                        sheet.setTimestamp(4, Timestamp.valueOf(now));
                        sheet.setTimestamp(5, Timestamp.valueOf(now));
                        sheet.addBatch();
                        Map<Long, Long> chosen = ScoringClient.filled(criteria, p + m % 3);
                        for (long criterion : criterionIds) {
                            choice.setLong(1, choiceId++);
                            choice.setLong(2, sheetId);
                            choice.setLong(3, criterion);
                            choice.setLong(4, chosen.get(criterion));
                            choice.addBatch();
                        }
                    }
                    Database.executeBatches(sheet, choice);
                    p++;
                }
            }
            try (PreparedStatement open = c.prepareStatement("UPDATE evaluation_round SET results_opened = TRUE, results_opened_at = ?,"
                    + " results_opened_by = 'benchmark' WHERE id = ?")) {
                open.setTimestamp(1, Timestamp.valueOf(now));
                open.setLong(2, round);
                open.executeUpdate();
            }
            c.commit();
        }
    }
}
