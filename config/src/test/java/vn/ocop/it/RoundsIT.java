package vn.ocop.it;

import jakarta.ejb.EJB;
import org.junit.jupiter.api.Test;
import vn.ocop.rating.boundary.PersonView;
import vn.ocop.rating.boundary.RoundDetails;
import vn.ocop.rating.boundary.RoundForm;
import vn.ocop.rating.boundary.RoundView;
import vn.ocop.rating.boundary.Councils;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.MemberRole;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.registration.boundary.Dossiers;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.boundary.Products;
import vn.ocop.shared.control.ConcurrentChangeException;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rounds in the server, as the district office runs them: the criteria set follows the regime of the
 * first day (and 1489/QĐ-TTg has no district level); only products with a submitted dossier and a
 * usable sheet enter, and in one running round of a level at a time; OPEN → SCORING needs products
 * and a council with its decision and chair; once scoring, the round is fixed; it concludes only once
 * the chair opened the results; a stale page is refused.
 */
@IntegrationTest
class RoundsIT extends ServerTest {

    @EJB
    Rounds rounds;

    @EJB
    Councils councils;

    @EJB
    Producers producers;

    @EJB
    Products products;

    @EJB
    Dossiers dossiers;

    private static String tag() {
        return "r" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    }

    private long submitted(long productSet) throws Exception {
        return officer.run(() -> RatingData.submitted(producers, products, dossiers, productSet, tag())).get();
    }

    private long version(long round) throws Exception {
        return officer.run(() -> rounds.round(round)).get().round().version();
    }

    private long councilAccount() throws Exception {
        return officer.run(() -> councils.people()).get().stream().filter(p -> p.username().equals("it-council")).findFirst()
                .map(PersonView::id).orElseThrow();
    }

    @Test
    void aRoundGoesFromOpenToScoringOnlyWithProductsAndAReadyCouncil() throws Exception {
        String tag = tag();
        RoundView created = officer.run(() -> rounds.create(RatingData.round(tag))).get();
        long round = created.id();
        assertEquals(RoundStatus.OPEN, created.status());
        assertEquals("148/QĐ-TTg", created.criteriaSet());
        assertEquals("148", created.regime());

        assertEquals("rating.round.noProducts", officer.run(() -> rounds.startScoring(round, version(round))).refusal());
        long idea = officer.run(() -> RatingData.idea(producers, products, RatingData.PROCESSED, tag)).get();
        assertEquals("rating.round.dossierNotSubmitted", officer.run(() -> rounds.addProduct(round, version(round), idea)).refusal());
        long product = submitted(RatingData.PROCESSED);
        RoundDetails details = officer.run(() -> rounds.addProduct(round, version(round), product)).get();
        assertEquals(1, details.products().size());
        assertEquals(RatingData.PROCESSED, details.products().get(0).sheetId());
        assertEquals("rating.round.productTwice", officer.run(() -> rounds.addProduct(round, version(round), product)).refusal());

        assertEquals("rating.council.noDecision", officer.run(() -> rounds.startScoring(round, version(round))).refusal());
        officer.run(() -> councils.establishCouncil(round, version(round), RatingData.decision(tag))).get();
        assertEquals("rating.council.noChair", officer.run(() -> rounds.startScoring(round, version(round))).refusal());
        long account = councilAccount();
        details = officer.run(() -> councils.appoint(round, version(round), account, MemberRole.CHAIR, "Phó Chủ tịch UBND huyện")).get();
        assertTrue(details.council().ready());
        assertEquals("rating.council.alreadyMember", officer.run(() -> councils.appoint(round, version(round), account,
                MemberRole.MEMBER, null)).refusal());

        details = officer.run(() -> rounds.startScoring(round, version(round))).get();
        assertEquals(RoundStatus.SCORING, details.round().status());
        assertEquals(1, details.progress().size());
        assertEquals(1, details.progress().get(0).undeclared());

        long late = submitted(RatingData.PROCESSED);
        assertEquals("rating.round.notOpen", officer.run(() -> rounds.addProduct(round, version(round), late)).refusal());
        assertEquals("rating.round.notOpen", officer.run(() -> rounds.removeProduct(round, version(round), product)).refusal());
        assertEquals("rating.round.notOpen", officer.run(() -> councils.dismiss(round, version(round),
                rounds.round(round).council().members().get(0).id())).refusal());
        assertEquals("rating.round.resultsNotOpen", officer.run(() -> rounds.conclude(round, version(round))).refusal(),
                "the chair has not opened the results");
    }

    @Test
    void aProductEntersWithAUsableSheetAndInOneRunningRoundOfALevel() throws Exception {
        long first = officer.run(() -> rounds.create(RatingData.round(tag()))).get().id();
        long second = officer.run(() -> rounds.create(RatingData.round(tag()))).get().id();
        long tea = submitted(RatingData.TEA);
        assertEquals("rating.round.sheetNotUsable", officer.run(() -> rounds.addProduct(first, version(first), tea)).refusal());
        assertTrue(officer.run(() -> rounds.candidates(first, "rt-", 0, 500)).get().items().stream()
                .anyMatch(c -> c.productId() == tea && !c.usable()), "offered, marked as not usable");

        long product = submitted(RatingData.PROCESSED);
        assertTrue(officer.run(() -> rounds.candidates(first, null, 0, 500)).get().items().stream()
                .anyMatch(c -> c.productId() == product && c.usable()));
        officer.run(() -> rounds.addProduct(first, version(first), product)).get();
        assertEquals("rating.round.productElsewhere", officer.run(() -> rounds.addProduct(second, version(second), product)).refusal());
        assertTrue(officer.run(() -> rounds.candidates(first, null, 0, 500)).get().items().stream()
                .noneMatch(c -> c.productId() == product), "no longer offered to the round it is in");
        officer.run(() -> rounds.removeProduct(first, version(first), product)).get();
        officer.run(() -> rounds.addProduct(second, version(second), product)).get();
    }

    @Test
    void theLevelAndTheCriteriaSetFollowTheRegimeOfTheFirstDay() throws Exception {
        RoundForm after1489 = RatingData.round(tag());
        after1489.setYear(2025);
        after1489.setStartsOn(LocalDate.of(2025, 9, 1));
        after1489.setEndsOn(LocalDate.of(2025, 9, 5));
        assertEquals("rating.round.levelNotEvaluating", officer.run(() -> rounds.create(after1489)).refusal(),
                "no district level under 1489/QĐ-TTg");
        after1489.setLevel(EvaluationLevel.PROVINCE);
        assertEquals("148-1489", officer.run(() -> rounds.create(after1489)).get().regime());

        RoundForm in2019 = RatingData.round(tag());
        in2019.setYear(2019);
        in2019.setStartsOn(LocalDate.of(2019, 11, 4));
        in2019.setEndsOn(LocalDate.of(2019, 11, 8));
        RoundView pilot = officer.run(() -> rounds.create(in2019)).get();
        assertEquals("1048/QĐ-TTg", pilot.criteriaSet());
        long product = submitted(RatingData.PROCESSED);
        assertEquals("rating.round.otherCriteriaSet", officer.run(() -> rounds.addProduct(pilot.id(), pilot.version(), product)).refusal());
    }

    @Test
    void aCityRoundTakesOnlyTheProductsTheDistrictForwarded() throws Exception {
        RoundForm city = RatingData.round(tag());
        city.setLevel(EvaluationLevel.PROVINCE);
        RoundView round = officer.run(() -> rounds.create(city)).get();
        long product = submitted(RatingData.PROCESSED);
        assertEquals("rating.round.notForwarded", officer.run(() -> rounds.addProduct(round.id(), round.version(), product)).refusal(),
                "under 148 the district evaluates first: a city round takes what a concluded district round forwarded");
        assertTrue(officer.run(() -> rounds.candidates(round.id(), null, 0, 1000)).get().items().stream()
                .noneMatch(c -> c.productId() == product), "nor is it offered");
    }

    @Test
    void aStalePageIsRefused() throws Exception {
        long round = officer.run(() -> rounds.create(RatingData.round(tag()))).get().id();
        long stale = version(round);
        officer.run(() -> councils.establishCouncil(round, stale, RatingData.decision("it-" + tag()))).get();
        assertThrows(ConcurrentChangeException.class, () -> officer.run(() -> rounds.update(round, stale, RatingData.round(tag()))).get());
        assertTrue(version(round) > stale, "a change to the council makes the round's page stale");
    }
}
