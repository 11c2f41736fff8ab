package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.BenchmarkProducts;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issuing a recognition decision of 1,000 products, measured (a benchmark, not a test: not in the suite; see
 * docs/performance.md): a City round concluded through the boundaries with 3 products, its decision drafted, 997
 * more products added to the draft straight in the database, then the decision approved and issued over HTTP. Prints
 * how long the issuing request took (the issuing transaction: the decision's number and the 1,000 certificates
 * numbered; the body's counters are held for no longer than this), how long until the decision's own print was frozen
 * and how long until every print (the decision's, each certificate's and the batch) was frozen after it.
 */
@IntegrationTest
class IssuingBenchmark extends ClientTest {

    static final int PRODUCTS = 1_000;
    static final long FIRST_ID = 8_000_000L;

    @Test
    void thousandCertificates() throws Exception {
        long round = CertificationIT.concludedRound(url, 3, true).round();
        Portal office = Portal.signedIn(url, "it-officer");
        Portal leader = Portal.signedIn(url, "it-leader");
        JsonObject draft = CertificationIT.draft(office, round);
        long decision = CertificationIT.id(draft);
        addProducts(decision, PRODUCTS);
        JsonObject named = CertificationIT.named(office, Portal.ok(office.get("api/v1/decisions/" + decision)));
        JsonObject approved = Portal.ok(CertificationIT.approve(leader, named));

        long start = System.nanoTime();
        JsonObject issued = Portal.ok(CertificationIT.issue(office, approved, CertificationIT.TODAY));
        long issuing = (System.nanoTime() - start) / 1_000_000;
        assertEquals(PRODUCTS, CertificationIT.certificates(issued).size());
        long decisionPrinted = -1;
        long printed;
        while (true) {
            if (decisionPrinted < 0 && Database.count("SELECT COUNT(*) FROM cert_decision WHERE id = ? AND pdf_id IS NOT NULL",
                    decision) == 1) {
                decisionPrinted = (System.nanoTime() - start) / 1_000_000;
            }
            if (decisionPrinted >= 0 && allPrinted(decision)) {
                printed = (System.nanoTime() - start) / 1_000_000;
                break;
            }
            Thread.sleep(100);
        }
        System.out.printf(Locale.ROOT, "%n| Issuing a decision of %d products | issuing request (counters held at most) %,d ms"
                + " | the decision's print frozen %,d ms | every print frozen %,d ms after the request started | load average %.1f |%n",
                PRODUCTS, issuing, decisionPrinted, printed,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** More products of new producers on the draft, as the draft's first line has them, up to {@code total}. */
    static void addProducts(long decision, int total) throws Exception {
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            long unit;
            long productSet;
            try (PreparedStatement first = c.prepareStatement("SELECT p.product_set_id, pr.unit_id FROM cert_decision_product d"
                    + " JOIN product p ON p.id = d.product_id JOIN producer pr ON pr.id = p.producer_id WHERE d.decision_id = ?"
                    + " ORDER BY d.position")) {
                first.setLong(1, decision);
                try (ResultSet row = first.executeQuery()) {
                    row.next();
                    productSet = row.getLong(1);
                    unit = row.getLong(2);
                }
            }
            int existing;
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM cert_decision_product WHERE decision_id = ?")) {
                count.setLong(1, decision);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    existing = row.getInt(1);
                }
            }
            try (BenchmarkProducts products = new BenchmarkProducts(c);
                 PreparedStatement line = c.prepareStatement("INSERT INTO cert_decision_product (id, decision_id, position, product_id,"
                         + " commune_id, product_name, producer_name, address, product_set, score, stars) SELECT ?, decision_id, ?, ?,"
                         + " commune_id, ?, ?, address, product_set, score, stars FROM cert_decision_product WHERE decision_id = ?"
                         + " AND position = 1")) {
                for (int i = existing + 1; i <= total; i++) {
                    long id = FIRST_ID + decision * 10_000 + i;
                    String name = "Sản phẩm quyết định " + decision + "-" + i;
                    products.add(id, name, productSet, "BMI-" + id, unit);
                    line.setLong(1, id);
                    line.setInt(2, i);
                    line.setLong(3, id);
                    line.setString(4, name);
                    line.setString(5, "HTX " + name);
                    line.setLong(6, decision);
                    line.addBatch();
                }
                products.executeBatches();
                line.executeBatch();
            }
            c.commit();
        }
    }

    private static boolean allPrinted(long decision) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement query = c.prepareStatement("SELECT (SELECT COUNT(*) FROM"
                + " cert_certificate WHERE decision_id = ? AND pdf_id IS NULL), (SELECT certificates_pdf_id FROM cert_decision"
                + " WHERE id = ?)")) {
            query.setLong(1, decision);
            query.setLong(2, decision);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) == 0 && row.getObject(2) != null;
            }
        }
    }
}
