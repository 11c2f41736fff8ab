package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL restarted while people work: the portal recovers by itself (the pool validates its connections and
 * replaces the broken ones; the application server is not restarted) and nothing it acknowledged is lost. Two clients
 * create and revoke API tokens (two writes each) and read them back during a restart of the database server. Runs
 * where the server under test uses PostgreSQL and this machine's cluster can be restarted with pg_ctlcluster (as in CI);
 * skipped with the reason elsewhere.
 */
@IntegrationTest
class DatabaseRestartIT extends ClientTest {

    private static final File PG_CTLCLUSTER = new File("/usr/bin/pg_ctlcluster");

    @Test
    void thePortalRecoversFromARestartOfPostgreSQLAndKeepsWhatItAcknowledged() throws Exception {
        assumeTrue(Database.isPostgresql(), "the server under test does not run on PostgreSQL");
        String cluster = cluster();
        assumeTrue(cluster != null, "no PostgreSQL cluster of this machine to restart (pg_ctlcluster, /etc/postgresql)");
        Database.awaitTestAccounts();

        Set<String> acknowledged = Collections.synchronizedSet(new java.util.LinkedHashSet<>());
        AtomicInteger served = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean working = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (String user : List.of("it-officer", "it-admin")) {
            Portal portal = Portal.signedIn(url, user);
            running.add(clients.submit(() -> work(portal, user, working, acknowledged, served, refused)));
        }
        Thread.sleep(1500);
        int beforeRestart = acknowledged.size();
        Process restart = new ProcessBuilder(PG_CTLCLUSTER.getPath(), "--skip-systemctl-redirect", cluster, "main", "restart",
                "-m", "fast").redirectErrorStream(true).start();
        assertTrue(restart.waitFor(60, TimeUnit.SECONDS), "pg_ctlcluster restart did not finish in 60 s");
        String output = new String(restart.getInputStream().readAllBytes());
        assertEquals(0, restart.exitValue(), "pg_ctlcluster restart: " + output);
        long restarted = System.nanoTime();

        // The portal answers again by itself: every request succeeds within 20 s of the database's return.
        Portal officer = new Portal(url.toURI());
        boolean up = false;
        while (!up && System.nanoTime() - restarted < TimeUnit.SECONDS.toNanos(20)) {
            HttpResponse<String> health = officer.get("api/v1/health");
            up = health.statusCode() == 200 && health.body().contains("\"UP\"");
            if (!up) {
                Thread.sleep(200);
            }
        }
        assertTrue(up, "the health check did not answer UP within 20 s of the database's restart");
        Thread.sleep(2000);
        working.set(false);
        for (Future<?> client : running) {
            client.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertTrue(beforeRestart > 0, "the clients acknowledged nothing before the restart");
        assertTrue(acknowledged.size() > beforeRestart, "the clients acknowledged nothing after the restart");

        assertEquals(302, officer.signIn("it-officer", TestAccounts.PASSWORD).statusCode());
        for (int i = 0; i < 20; i++) {
            assertEquals(200, officer.get("api/v1/me/tokens").statusCode(), "request " + i + " after the recovery");
        }
        Portal admin = Portal.signedIn(url, "it-admin");
        Set<String> stored = names(officer);
        stored.addAll(names(admin));
        List<String> lost = acknowledged.stream().filter(name -> !stored.contains(name)).toList();
        assertTrue(lost.isEmpty(), "acknowledged and lost: " + lost);
        System.out.printf("DatabaseRestartIT: %d tokens acknowledged (%d before the restart), %d answers served, %d refused "
                + "while the database was down%n", acknowledged.size(), beforeRestart, served.get(), refused.get());
    }

    /** One user at work: creates a token, reads the list, revokes it; keeps the names the portal acknowledged. */
    private static void work(Portal portal, String user, AtomicBoolean working, Set<String> acknowledged, AtomicInteger served,
                             AtomicInteger refused) {
        int n = 0;
        while (working.get()) {
            String name = "khởi động lại " + user + " " + (++n);
            HttpResponse<String> created = portal.sendJson("POST", "api/v1/me/tokens", "{\"name\": \"" + name + "\"}");
            if (created.statusCode() / 100 != 2) {
                refused.incrementAndGet();
                pause();
                continue;
            }
            acknowledged.add(name);
            served.incrementAndGet();
            long id = Portal.parse(created.body()).getJsonObject("token").getJsonNumber("id").longValue();
            while (working.get() && portal.delete("api/v1/me/tokens/" + id).statusCode() / 100 != 2) {
                refused.incrementAndGet();
                pause();
            }
            served.incrementAndGet();
        }
    }

    private static Set<String> names(Portal portal) {
        JsonObject list = portal.json("api/v1/me/tokens");
        return list.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("name"))
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String cluster() {
        Path versions = Path.of("/etc/postgresql");
        if (!PG_CTLCLUSTER.canExecute() || !Files.isDirectory(versions)) {
            return null;
        }
        try (var list = Files.list(versions)) {
            return list.map(p -> p.getFileName().toString()).sorted().findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
