package vn.ocop.it;

import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.shared.control.VietnameseText;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;


/**
 * The registration pages at province size, measured (a benchmark, not a test: it is not in the
 * suite; the README says how to run it). Loads 5,000 producers, 20,000 products and 100,000
 * documents' metadata straight into the server's database (once), then times the list, the search,
 * the list page, the product page and the Excel export over HTTP, and prints p50/p95/p99/max.
 */
@IntegrationTest
class RegistrationBenchmark extends ClientTest {

    static final int PRODUCERS = 5_000;
    static final int PRODUCTS_EACH = 4;
    static final int DOCUMENTS_EACH = 5;
    static final long FIRST_ID = 5_000_000L;

    private static final String[] KINDS = {"Hợp tác xã", "Công ty TNHH", "Tổ hợp tác", "Hộ kinh doanh"};
    private static final String[] TYPES = {"COOPERATIVE", "ENTERPRISE", "COOPERATIVE_GROUP", "HOUSEHOLD_BUSINESS"};
    private static final String[] WHAT = {"Rau sạch", "Bánh chưng", "Giò chả", "Mật ong", "Gạo nếp", "Nấm sò", "Trà hoa",
        "Bưởi diễn", "Miến dong", "Đồ gỗ", "Mây tre đan", "Cá kho", "Tương nếp", "Rượu nếp", "Hoa lan", "Chè xanh"};
    private static final String[] PLACES = {"Tân Hội", "Thượng Mỗ", "Đồng Tháp", "Phương Đình", "Liên Hà", "Hồng Hà",
        "Song Phượng", "Thọ An", "Hạ Mỗ", "Trung Châu", "Phùng", "Đan Phượng", "Liên Trung", "Tân Lập", "Thọ Xuân", "Liên Hồng"};
    private static final String[] SEARCHES = {"rau sach", "tan hoi", "BANH CHUNG", "mat ong dong thap", "hop tac xa",
        "nam so", "tra hoa", "giò chả", "123", "lien ha", "cong ty tnhh do go", "ho kinh doanh ca kho"};

    @Test
    void provinceSize() throws Exception {
        Database.awaitTestAccounts();
        long loading = System.nanoTime();
        load();
        System.out.printf(Locale.ROOT, "%nProvince-size data ready in %.1f s%n", (System.nanoTime() - loading) / 1e9);
        Portal officer = Portal.signedIn(url, "it-officer");
        Random random = new Random(42);
        List<String> report = new ArrayList<>();
        report.add(measure(officer, "API producers list, page of 25 (random page)", 300,
                i -> "api/v1/producers?size=25&page=" + random.nextInt(PRODUCERS / 25)));
        report.add(measure(officer, "API producers search, no diacritics", 300,
                i -> "api/v1/producers?size=25&q=" + encode(SEARCHES[i % SEARCHES.length])));
        report.add(measure(officer, "API producers by commune", 200,
                i -> "api/v1/producers?size=25&commune=" + (10 + i % 16)));
        report.add(measure(officer, "API products search (20,000 products)", 300,
                i -> "api/v1/products?size=25&q=" + encode(SEARCHES[i % SEARCHES.length])));
        report.add(measure(officer, "Producers page (HTML, first page of the lazy table)", 100,
                i -> "registration/producers.xhtml"));
        report.add(measure(officer, "Product page (HTML, dossier of 5 documents)", 100,
                i -> "registration/product.xhtml?id=" + (FIRST_ID + random.nextInt(PRODUCERS * PRODUCTS_EACH))));
        report.add(measure(officer, "Excel export, one commune (~310 producers)", 30,
                i -> "api/v1/producer-workbooks/export?commune=" + (10 + i % 16)));
        report.add(measure(officer, "Excel export, whole list (5,000+ producers)", 5,
                i -> "api/v1/producer-workbooks/export"));
        report.add(measure(officer, "Home dashboard (HTML, whole district: plan, classes, communes, cycle, training, support)", 100,
                i -> "index.xhtml"));
        report.add(measure(officer, "API plans with their actuals", 100, i -> "api/v1/plans"));
        int year = Portal.today().getYear();
        report.add(measure(officer, "Statistics of the year (JSON, grouped queries)", 30, i -> "api/v1/statistics?year=" + year));
        report.add(measure(officer, "Statistics report (PDF)", 10, i -> "api/v1/statistics/report.pdf?year=" + year));
        report.add(measure(officer, "Flat export of every product (CSV, 20,000+ rows)", 5, i -> "api/v1/exports/products.csv"));
        report.add(measure(officer, "Flat export of every product (JSON, 20,000+ rows)", 5, i -> "api/v1/exports/products.json"));
        String table = "| measured (" + System.getProperty("ocop.it.db", "h2") + ") | n | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "|---|---|---|---|---|---|\n" + String.join("\n", report) + "\n";
        System.out.println(table);
        Path out = Path.of("target", "benchmark-" + System.getProperty("ocop.it.db", "h2") + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String measure(Portal portal, String what, int times, IntFunction<String> path) throws IOException {
        for (int i = 0; i < Math.min(20, times); i++) {
            portal.getBytes(path.apply(i));
        }
        long[] millis = new long[times];
        for (int i = 0; i < times; i++) {
            String p = path.apply(i);
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = portal.getBytes(p);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            if (answer.statusCode() != 200) {
                throw new AssertionError(p + " answered " + answer.statusCode());
            }
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |", what, times, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99), millis[times - 1]);
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Inserts the data once; a second run on the same database finds it and goes straight to measuring. */
    private static void load() throws SQLException {
        if (Database.count("SELECT COUNT(*) FROM producer WHERE id >= ?", FIRST_ID) >= PRODUCERS) {
            return;
        }
        LocalDateTime now = LocalDateTime.of(2024, 3, 15, 9, 0);
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement file = c.prepareStatement("INSERT INTO stored_file (id, content) VALUES (?, ?)")) {
                file.setLong(1, FIRST_ID);
                file.setBytes(2, "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                file.executeUpdate();
            }
            try (PreparedStatement producer = c.prepareStatement("INSERT INTO producer (id, name, name_key, type, tax_code, "
                    + "unit_id, address, representative_name, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 0)");
                 PreparedStatement product = c.prepareStatement("INSERT INTO product (id, producer_id, product_set_id, name, "
                         + "name_key, step, version) VALUES (?, ?, ?, ?, ?, ?, 0)");
                 PreparedStatement transition = c.prepareStatement("INSERT INTO product_transition (id, product_id, to_step, "
                         + "occurred_at, actor) VALUES (?, ?, 'IDEA_REGISTERED', ?, 'benchmark')");
                 PreparedStatement manager = c.prepareStatement("INSERT INTO producer_manager (id, producer_id, name) VALUES (?, ?, ?)");
                 PreparedStatement support = c.prepareStatement("INSERT INTO support (id, producer_id, support_type_id, granted_on, "
                         + "amount_vnd, funding_source, recorded_by, recorded_at, version) "
                         + "VALUES (?, ?, ?, ?, 5000000, 'DISTRICT_BUDGET', 'benchmark', ?, 0)");
                 PreparedStatement document = c.prepareStatement("INSERT INTO dossier_document (id, product_id, item, file_name, "
                         + "media_type, size_bytes, sha256, file_id, uploaded_by, uploaded_at) "
                         + "VALUES (?, ?, ?, ?, 'application/pdf', 16, ?, ?, 'benchmark', ?)")) {
                String[] steps = {"IDEA_REGISTERED", "IDEA_ACCEPTED", "PLAN_SUBMITTED", "PREPARING", "DOSSIER_SUBMITTED"};
                String[] items = {"REGISTRATION_FORM", "SELF_ASSESSMENT", "FOOD_SAFETY_CERTIFICATE", "TEST_REPORT", "OTHER"};
                long productId = FIRST_ID;
                long documentId = FIRST_ID;
                for (int i = 0; i < PRODUCERS; i++) {
                    long producerId = FIRST_ID + i;
                    String name = KINDS[i % 4] + " " + WHAT[i % WHAT.length] + " " + PLACES[(i / 16) % 16] + " " + i;
                    producer.setLong(1, producerId);
                    producer.setString(2, name);
                    producer.setString(3, VietnameseText.searchKey(name));
                    producer.setString(4, TYPES[i % 4]);
                    producer.setString(5, String.format(Locale.ROOT, "BM-%07d", i));
                    producer.setLong(6, 10 + i % 16);
                    producer.setString(7, "Thôn " + (i % 9 + 1));
                    producer.setString(8, "Người đại diện " + i);
                    producer.addBatch();
                    manager.setLong(1, producerId);
                    manager.setLong(2, producerId);
                    manager.setString(3, "Người quản lý " + i);
                    manager.addBatch();
                    support.setLong(1, producerId);
                    support.setLong(2, producerId);
                    support.setLong(3, 1 + i % 5);
                    support.setDate(4, java.sql.Date.valueOf(Portal.today().withDayOfYear(1).plusDays(i % 300)
                            .isAfter(Portal.today()) ? Portal.today() : Portal.today().withDayOfYear(1).plusDays(i % 300)));
                    support.setTimestamp(5, Timestamp.valueOf(now));
                    support.addBatch();
                    for (int k = 0; k < PRODUCTS_EACH; k++, productId++) {
                        String productName = WHAT[(i + k) % WHAT.length] + " " + PLACES[(i + k) % 16] + " " + i + "-" + k;
                        product.setLong(1, productId);
                        product.setLong(2, producerId);
                        product.setLong(3, 1 + (i + k) % 26);
                        product.setString(4, productName);
                        product.setString(5, VietnameseText.searchKey(productName));
                        product.setString(6, steps[(i + k) % steps.length]);
                        product.addBatch();
                        transition.setLong(1, productId);
                        transition.setLong(2, productId);
                        transition.setTimestamp(3, Timestamp.valueOf(now));
                        transition.addBatch();
                        for (int d = 0; d < DOCUMENTS_EACH; d++, documentId++) {
                            document.setLong(1, documentId);
                            document.setLong(2, productId);
                            document.setString(3, items[d]);
                            document.setString(4, items[d].toLowerCase(Locale.ROOT) + "-" + documentId + ".pdf");
                            document.setString(5, String.format(Locale.ROOT, "%064x", documentId));
                            document.setLong(6, FIRST_ID);
                            document.setTimestamp(7, Timestamp.valueOf(now));
                            document.addBatch();
                        }
                    }
                    if (i % 250 == 249) {
                        Database.executeBatches(producer, product, transition, manager, support, document);
                    }
                }
                Database.executeBatches(producer, product, transition, manager, support, document);
            }
            try (PreparedStatement plan = c.prepareStatement("INSERT INTO ocop_plan (id, plan_year, number, issued_on, title, version) "
                    + "VALUES (?, ?, 'BM/KH-UBND', ?, 'Kế hoạch benchmark', 0)");
                 PreparedStatement target = c.prepareStatement("INSERT INTO plan_target (id, plan_id, position, kind, unit, stars, amount) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int year = Portal.today().getYear();
                plan.setLong(1, FIRST_ID);
                plan.setInt(2, year);
                plan.setDate(3, java.sql.Date.valueOf(LocalDate.of(year, 1, 2)));
                plan.executeUpdate();
                Object[][] targets = {{"PRODUCERS_TAKING_PART", "PERCENT", null, 100}, {"PRODUCERS_TAKING_PART", "COUNT", null, 5000},
                        {"PRODUCTS_EVALUATED", "COUNT", null, 500}, {"PRODUCTS_RECOGNISED", "COUNT", 3, 300},
                        {"PRODUCTS_RECOGNISED", "COUNT", 4, 100}, {"SUPPORT_BUDGET", "VND", null, 30_000_000_000L}};
                for (int i = 0; i < targets.length; i++) {
                    target.setLong(1, FIRST_ID + i);
                    target.setLong(2, FIRST_ID);
                    target.setInt(3, i);
                    target.setString(4, (String) targets[i][0]);
                    target.setString(5, (String) targets[i][1]);
                    target.setObject(6, targets[i][2], java.sql.Types.INTEGER);
                    target.setBigDecimal(7, new java.math.BigDecimal(targets[i][3].toString()));
                    target.executeUpdate();
                }
            }
            c.commit();
            if (c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
                try (var analyze = c.createStatement()) {
                    analyze.execute("ANALYZE");
                }
            }
        }
    }
}
