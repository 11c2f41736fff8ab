package vn.ocop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Database;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.ScoringClient.Account;
import vn.ocop.it.support.ScoringClient.Round;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.it.support.Portal.ok;
import static vn.ocop.it.support.ScoringClient.accounts;
import static vn.ocop.it.support.ScoringClient.criteria;
import static vn.ocop.it.support.ScoringClient.declare;
import static vn.ocop.it.support.ScoringClient.declareAndFill;
import static vn.ocop.it.support.ScoringClient.filled;
import static vn.ocop.it.support.ScoringClient.path;
import static vn.ocop.it.support.ScoringClient.refused;
import static vn.ocop.it.support.ScoringClient.round;
import static vn.ocop.it.support.ScoringClient.save;
import static vn.ocop.it.support.ScoringClient.submit;

/**
 * Council members scoring over HTTP, each signed in with their own account and session (membership
 * is by account): the sheets are sealed until a member submitted theirs and the chair opened the
 * results; a conflict of interest blocks scoring; a submitted sheet is locked; fifteen members
 * saving their drafts at the same moment lose nothing. The set-up (accounts, a district round of
 * 2024 with its products and council) goes through the boundaries, via the test WAR's
 * {@link RatingFixture}.
 */
@IntegrationTest
class ScoringIT extends ClientTest {

    @Test
    void aMemberSeesNoOtherSheetUntilTheySubmittedAndTheChairOpenedTheResults() throws Exception {
        List<Account> council = accounts(url, 3);
        Round round = round(url, council);
        Portal chair = Portal.signedIn(url, council.get(0).username());
        Portal first = Portal.signedIn(url, council.get(1).username());
        Portal second = Portal.signedIn(url, council.get(2).username());

        JsonObject sheet = declareAndFill(first, round, 0);
        assertEquals("rating.scoring.sealed", refused(first.get(path(round) + "sheets")), "a draft sees nothing");
        JsonObject submitted = ok(submit(first, round, sheet.getJsonNumber("version").longValue()));
        assertEquals("SUBMITTED", submitted.getString("state"));
        assertFalse(submitted.getBoolean("sheetsVisible"));
        assertEquals("rating.scoring.sealed", refused(first.get(path(round) + "sheets")), "submitted, results not opened");

        JsonObject draft = ok(declare(second, round, false, null));
        Map.Entry<Long, List<Long>> criterion = criteria(draft).entrySet().iterator().next();
        ok(save(second, round, draft.getJsonNumber("version").longValue(), Map.of(criterion.getKey(), criterion.getValue().get(0))));

        assertEquals("rating.results.chairOnly", refused(first.sendJson("POST", "api/v1/rounds/" + round.id() + "/results/opening", "{}")));
        ok(chair.sendJson("POST", "api/v1/rounds/" + round.id() + "/results/opening", "{}"));

        JsonObject seen = ok(first.get(path(round) + "sheets"));
        assertEquals(1, seen.getInt("total"), "only submitted sheets count: " + seen);
        JsonObject own = seen.getJsonArray("items").getJsonObject(0);
        assertEquals(council.get(1).username(), own.getString("username"));
        assertEquals(0, submitted.getJsonNumber("total").bigDecimalValue().compareTo(own.getJsonNumber("total").bigDecimalValue()));
        assertEquals("rating.scoring.sealed", refused(second.get(path(round) + "sheets")), "a member still drafting");
        assertEquals("rating.scoring.sealed", refused(chair.get(path(round) + "sheets")), "the chair has not declared");
        assertEquals(1, ok(Portal.signedIn(url, "it-officer").get(path(round) + "sheets")).getInt("total"), "the office, once opened");

        Portal outsider = Portal.signedIn(url, "it-council");
        assertEquals(404, outsider.get(path(round) + "sheet").statusCode(), "not a member of this council");
        assertEquals(404, outsider.get(path(round) + "sheets").statusCode());
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'RESULTS_OPENED' AND entity_id = ?",
                Long.toString(round.id())));
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SHEET_SUBMITTED' AND state_after LIKE ?",
                "%member=" + council.get(1).username() + ";%"));
    }

    @Test
    void aMemberWithAConflictOfInterestCannotScoreTheProduct() throws Exception {
        List<Account> council = accounts(url, 2);
        Round round = round(url, council);
        Portal member = Portal.signedIn(url, council.get(1).username());
        JsonObject closed = ok(member.get(path(round) + "sheet"));
        assertEquals("UNDECLARED", closed.getString("state"));
        long criterion = criteria(closed).keySet().iterator().next();
        long option = criteria(closed).get(criterion).get(0);

        assertEquals("rating.conflict.declareFirst", refused(save(member, round, 0, Map.of(criterion, option))));
        assertEquals("rating.conflict.noteRequired", refused(declare(member, round, true, " ")));
        JsonObject conflict = ok(declare(member, round, true, "Em ruột tôi là tổ trưởng tổ hợp tác"));
        assertEquals("CONFLICT", conflict.getString("state"));
        assertEquals("rating.conflict.cannotScore", refused(save(member, round, 0, Map.of(criterion, option))));
        assertEquals("rating.conflict.cannotScore", refused(submit(member, round, 0)));
        assertEquals("rating.conflict.standing", refused(declare(member, round, false, null)), "a conflict stands");

        assertEquals(1, Database.count("SELECT COUNT(*) FROM conflict_declaration d JOIN round_product rp ON rp.id = d.round_product_id"
                + " WHERE rp.round_id = ? AND d.conflict = TRUE", round.id()));
        assertEquals(0, Database.count("SELECT COUNT(*) FROM score_sheet s JOIN round_product rp ON rp.id = s.round_product_id"
                + " WHERE rp.round_id = ?", round.id()), "no sheet was opened");
        assertEquals(1, Database.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CONFLICT_DECLARED' AND state_after LIKE ?",
                "%member=" + council.get(1).username() + "; conflict=true%"));
    }

    @Test
    void aSubmittedSheetIsLocked() throws Exception {
        List<Account> council = accounts(url, 2);
        Round round = round(url, council);
        Portal member = Portal.signedIn(url, council.get(1).username());
        JsonObject sheet = ok(declare(member, round, false, null));
        Map<Long, List<Long>> criteria = criteria(sheet);
        Map<Long, Long> all = filled(criteria, 1);
        Map<Long, Long> half = all.entrySet().stream().limit(criteria.size() / 2)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long version = ok(save(member, round, sheet.getJsonNumber("version").longValue(), half)).getJsonNumber("version").longValue();
        assertEquals("rating.sheet.incomplete", refused(submit(member, round, version)));

        long stale = version;
        version = ok(save(member, round, version, all)).getJsonNumber("version").longValue();
        assertEquals(version, ok(save(member, round, stale, all)).getJsonNumber("version").longValue(),
                "saving what is there again is accepted and changes nothing");
        Map.Entry<Long, List<Long>> first = criteria.entrySet().iterator().next();
        long other = first.getValue().get(first.getValue().indexOf(all.get(first.getKey())) == 0 ? 1 : 0);
        assertEquals("error.concurrentChange", refused(save(member, round, stale, Map.of(first.getKey(), other))),
                "a change from a stale page");

        assertEquals("SUBMITTED", ok(submit(member, round, version)).getString("state"));
        assertEquals("rating.sheet.submitted", refused(save(member, round, version + 1, Map.of(first.getKey(), other))));
        assertEquals("rating.sheet.submitted", refused(submit(member, round, version + 1)));
        JsonObject kept = ok(member.get(path(round) + "sheet"));
        assertEquals("SUBMITTED", kept.getString("state"));
        assertEquals(all.get(first.getKey()).longValue(), kept.getJsonObject("choices").getJsonNumber(first.getKey().toString()).longValue());
        assertEquals(criteria.size(), kept.getJsonObject("choices").size());
    }

    @Test
    void fifteenMembersSavingTheirDraftsAtOnceLoseNothing() throws Exception {
        List<Account> council = accounts(url, 15);
        Round round = round(url, council);
        List<Portal> members = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        Map<Long, List<Long>> criteria = null;
        for (Account account : council) {
            Portal member = Portal.signedIn(url, account.username());
            JsonObject sheet = ok(declare(member, round, false, null));
            criteria = criteria(sheet);
            members.add(member);
            versions.add(sheet.getJsonNumber("version").longValue());
        }
        Map<Long, List<Long>> form = criteria;
        List<Long> timings = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(15);
        try {
            List<Future<Map<Long, Long>>> work = new ArrayList<>();
            for (int m = 0; m < members.size(); m++) {
                int index = m;
                Callable<Map<Long, Long>> scoring = () -> {
                    Portal member = members.get(index);
                    long version = versions.get(index);
                    Map<Long, Long> expected = filled(form, index);
                    for (Map.Entry<Long, Long> tick : expected.entrySet()) {
                        long start = System.nanoTime();
                        JsonObject saved = ok(save(member, round, version, Map.of(tick.getKey(), tick.getValue())));
                        timings.add((System.nanoTime() - start) / 1_000_000);
                        version = saved.getJsonNumber("version").longValue();
                    }
                    assertEquals("SUBMITTED", ok(submit(member, round, version)).getString("state"));
                    return expected;
                };
                work.add(pool.submit(scoring));
            }
            for (int m = 0; m < members.size(); m++) {
                Map<Long, Long> expected = work.get(m).get(5, TimeUnit.MINUTES);
                JsonObject sheet = ok(members.get(m).get(path(round) + "sheet"));
                assertEquals("SUBMITTED", sheet.getString("state"));
                JsonObject choices = sheet.getJsonObject("choices");
                assertEquals(expected.size(), choices.size(), council.get(m).username());
                expected.forEach((criterion, option) -> assertEquals(option.longValue(),
                        choices.getJsonNumber(criterion.toString()).longValue()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(15L * form.size(), Database.count("SELECT COUNT(*) FROM score_choice c JOIN score_sheet s ON s.id = c.sheet_id"
                + " JOIN round_product rp ON rp.id = s.round_product_id WHERE rp.round_id = ?", round.id()));
        assertEquals(15, Database.count("SELECT COUNT(*) FROM score_sheet s JOIN round_product rp ON rp.id = s.round_product_id"
                + " WHERE rp.round_id = ? AND s.status = 'SUBMITTED'", round.id()));
        List<Long> sorted = timings.stream().sorted().toList();
        System.out.printf("ScoringIT: %d draft saves by 15 members at once, p50 %d ms, p95 %d ms, max %d ms%n", sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }

    @Test
    void theRoundsApiAnswersLevelYearAndStatus() throws Exception {
        List<Account> council = accounts(url, 2);
        Round round = round(url, council);
        JsonObject seen = roundIn(Portal.signedIn(url, "it-officer").json("api/v1/rounds"), round.id());
        assertEquals("DISTRICT", seen.getString("level"));
        assertEquals(2024, seen.getInt("year"));
        assertEquals("SCORING", seen.getString("status"));
        assertEquals(4, seen.size(), "id, level, year, status: " + seen);
        assertTrue(roundIn(Portal.signedIn(url, council.get(1).username()).json("api/v1/rounds"), round.id()) != null);
        assertEquals(null, roundIn(Portal.signedIn(url, "it-council").json("api/v1/rounds"), round.id()), "a round the member does not sit on");
        assertEquals(403, Portal.signedIn(url, "it-commune").get("api/v1/rounds").statusCode());
        assertEquals(200, Portal.signedIn(url, "it-leader").get("api/v1/rounds").statusCode());
    }

    private static JsonObject roundIn(JsonObject answer, long id) {
        return answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElse(null);
    }
}
