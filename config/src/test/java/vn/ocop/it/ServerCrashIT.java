package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Pdf;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The application server killed ({@code kill -9}) in the middle of issuing a decision: after the restart the decision
 * is still approved and unissued, no certificate, file or number of it exists, and issuing it again takes the very
 * numbers the killed attempt held (no gap in the body's registers). Then killed again right after that issue answered,
 * while the decision and its certificates are being printed: after the next restart every print is made and frozen
 * once, the decision's with its audit entry. Runs on Payara with PostgreSQL, the production pair (the test kills the
 * domain the suite runs on and starts it again with asadmin, as an operator would). The decision has 400 products, so
 * that its issuing transaction lasts long enough to be killed in.
 */
@IntegrationTest
class ServerCrashIT extends ClientTest {

    private static final int PRODUCTS = 12;
    private static final int PADDED = 400;

    @Test
    void aServerKilledWhileIssuingRestartsWithNoHalfIssuedDecisionAndNoGap() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("ocop.it.db")) && Database.isPostgresql(), "runs on Payara with PostgreSQL");
        Path domain = Path.of(System.getProperty("ocop.it.dir", "target/it"), "payara-postgresql", "payara6", "glassfish",
                "domains", "domain1").toAbsolutePath();
        Path pidFile = domain.resolve("config").resolve("pid");
        assumeTrue(Files.isReadable(pidFile), "no pid file of the Payara domain: " + pidFile);

        long round = CertificationIT.concludedRound(url, PRODUCTS, true).round();
        Portal office = Portal.signedIn(url, "it-officer");
        Portal leader = Portal.signedIn(url, "it-leader");
        JsonObject draft = CertificationIT.draft(office, round);
        long decision = CertificationIT.id(draft);
        assertTrue(draft.getJsonArray("products").size() >= 2, "recognised products: " + draft);
        IssuingBenchmark.addProducts(decision, PADDED);
        JsonObject padded = office.json("api/v1/decisions/" + decision);
        int products = padded.getJsonArray("products").size();
        assertEquals(PADDED, products);
        JsonObject approved = Portal.ok(CertificationIT.approve(leader, CertificationIT.named(office, padded)));
        LocalDate today = Portal.today();
        Map<String, Long> countersBefore = counters();
        long certificatesBefore = Database.count("SELECT COUNT(*) FROM cert_certificate");
        long filesBefore = Database.count("SELECT COUNT(*) FROM cert_file");

        // Issue, and kill the server as soon as the issuing transaction holds the body's counter.
        CompletableFuture<HttpResponse<String>> issuing = CompletableFuture.supplyAsync(
                () -> CertificationIT.issue(office, approved, today));
        assertTrue(awaitCounterLocked(30), "the issuing transaction never took the counter");
        kill(pidFile);
        HttpResponse<String> killed = issuing.handle((answer, failure) -> answer).get(30, TimeUnit.SECONDS);
        assertTrue(killed == null || killed.statusCode() != 200, "the killed server acknowledged the issue");
        restart(domain, office);

        // Nothing of the killed attempt is left, and nothing is missing.
        assertEquals(countersBefore, counters(), "the counters are as they were before the killed issue");
        assertEquals(certificatesBefore, Database.count("SELECT COUNT(*) FROM cert_certificate"));
        assertEquals(filesBefore, Database.count("SELECT COUNT(*) FROM cert_file"));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM cert_decision WHERE id = ? AND status = 'APPROVED' AND number IS NULL",
                decision), "the decision is still approved and has no number");

        // Issued again, it takes the next numbers of the registers: no gap.
        Portal again = Portal.signedIn(url, "it-officer");
        JsonObject current = again.json("api/v1/decisions/" + decision);
        JsonObject issued = Portal.ok(CertificationIT.issue(again, current, today));
        assertEquals("ISSUED", issued.getJsonObject("decision").getString("status"));
        Map<String, Long> countersAfter = counters();
        assertEquals(1 + products, sum(countersAfter) - sum(countersBefore),
                "one decision number and one certificate number per product were taken, the next ones of the registers");
        assertEquals(products, CertificationIT.certificates(issued).size());
        assertFalse(issued.getJsonObject("decision").getString("number").isBlank());

        // Killed again while the decision and its certificates are printed after the issue: the next start prints
        // what was left, each print frozen once.
        kill(pidFile);
        boolean interrupted = Database.count("SELECT COUNT(*) FROM cert_decision WHERE id = ? AND pdf_id IS NULL", decision) == 1
                || Database.count("SELECT COUNT(*) FROM cert_certificate WHERE decision_id = ? AND pdf_id IS NULL", decision) > 0;
        System.out.println("ServerCrashIT: the prints after the issue were " + (interrupted ? "" : "not ") + "interrupted by the kill");
        restart(domain, again);
        assertTrue(awaitPrinted(decision, 300), "the prints left by the kill were not made within 300 s of the restart");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'DECISION_PRINTED' AND entity_id = ?",
                Long.toString(decision)), "the decision's print frozen once");
        Portal reader = new Portal(url.toURI());
        assertEquals(302, reader.signIn("it-officer", TestAccounts.PASSWORD).statusCode());
        String printed = Pdf.read(reader.getBytes("api/v1/decisions/" + decision + "/pdf").body()).text();
        assertTrue(printed.contains("Số: " + issued.getJsonObject("decision").getString("number")), printed);
    }

    private static void kill(Path pidFile) throws Exception {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertTrue(server.destroyForcibly(), "kill -9 " + pid);
        server.onExit().get(30, TimeUnit.SECONDS);
    }

    private static void restart(Path domain, Portal portal) throws Exception {
        Path asadmin = domain.getParent().getParent().resolve("bin").resolve("asadmin");
        Process start = new ProcessBuilder(asadmin.toString(), "start-domain", "domain1").redirectErrorStream(true).start();
        String output = new String(start.getInputStream().readAllBytes());
        assertTrue(start.waitFor(180, TimeUnit.SECONDS) && start.exitValue() == 0, "asadmin start-domain: " + output);
        assertTrue(awaitHealth(portal, 180), "the portal did not answer UP within 180 s of the restart");
    }

    /** Waits until the decision, each of its certificates and their batch have their print. */
    private static boolean awaitPrinted(long decision, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            if (Database.count("SELECT COUNT(*) FROM cert_decision WHERE id = ? AND pdf_id IS NOT NULL AND certificates_pdf_id IS NOT NULL",
                    decision) == 1 && Database.count("SELECT COUNT(*) FROM cert_certificate WHERE decision_id = ? AND pdf_id IS NULL",
                    decision) == 0) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /**
     * The last value of every counter that gave a number, by key. (A counter's row may be created at 0 on its first use,
     * apart from the issue's transaction: it holds no number.)
     */
    private static Map<String, Long> counters() throws SQLException {
        try (Connection c = Database.connect();
             ResultSet rows = c.createStatement().executeQuery("SELECT counter_key, last_value FROM cert_counter WHERE last_value > 0")) {
            Map<String, Long> values = new TreeMap<>();
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
            return values;
        }
    }

    private static long sum(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Waits until some transaction holds a row of the counters (a probe with NOWAIT is refused). */
    private static boolean awaitCounterLocked(int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            while (System.nanoTime() < until) {
                try (PreparedStatement probe = c.prepareStatement("SELECT counter_key FROM cert_counter FOR UPDATE NOWAIT")) {
                    probe.executeQuery().close();
                    c.rollback();
                } catch (SQLException e) {
                    c.rollback();
                    if ("55P03".equals(e.getSQLState())) {
                        return true;
                    }
                    throw e;
                }
                Thread.sleep(5);
            }
        }
        return false;
    }

    private static boolean awaitHealth(Portal portal, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> health = portal.get("api/v1/health");
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return true;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }
}
