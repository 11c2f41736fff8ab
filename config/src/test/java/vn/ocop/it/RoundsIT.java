package vn.ocop.it;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ConcurrentChangeException;

import java.time.LocalDate;
import java.util.concurrent.Callable;
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
class RoundsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @EJB
    AsOfficer officer;

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

    /** The work done as the district office; what it throws arrives here as thrown. */
    private <T> T asOfficer(Callable<T> work) throws Exception {
        return officer.run(work).get();
    }

    private String refused(Callable<?> work) {
        return assertThrows(BusinessException.class, () -> asOfficer(work)).messageKey();
    }

    private static String tag() {
        return "r" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    }

    private long submitted(long productSet) throws Exception {
        return asOfficer(() -> RatingData.submitted(producers, products, dossiers, productSet, tag()));
    }

    private long version(long round) throws Exception {
        return asOfficer(() -> rounds.round(round)).round().version();
    }

    private long councilAccount() throws Exception {
        return asOfficer(() -> councils.people()).stream().filter(p -> p.username().equals("it-council")).findFirst()
                .map(PersonView::id).orElseThrow();
    }

    @Test
    void aRoundGoesFromOpenToScoringOnlyWithProductsAndAReadyCouncil() throws Exception {
        String tag = tag();
        RoundView created = asOfficer(() -> rounds.create(RatingData.round(tag)));
        long round = created.id();
        assertEquals(RoundStatus.OPEN, created.status());
        assertEquals("148/QĐ-TTg", created.criteriaSet());
        assertEquals("148", created.regime());

        assertEquals("rating.round.noProducts", refused(() -> rounds.startScoring(round, version(round))));
        long idea = asOfficer(() -> RatingData.idea(producers, products, RatingData.PROCESSED, tag));
        assertEquals("rating.round.dossierNotSubmitted", refused(() -> rounds.addProduct(round, version(round), idea)));
        long product = submitted(RatingData.PROCESSED);
        RoundDetails details = asOfficer(() -> rounds.addProduct(round, version(round), product));
        assertEquals(1, details.products().size());
        assertEquals(RatingData.PROCESSED, details.products().get(0).sheetId());
        assertEquals("rating.round.productTwice", refused(() -> rounds.addProduct(round, version(round), product)));

        assertEquals("rating.council.noDecision", refused(() -> rounds.startScoring(round, version(round))));
        asOfficer(() -> councils.establishCouncil(round, version(round), RatingData.decision(tag)));
        assertEquals("rating.council.noChair", refused(() -> rounds.startScoring(round, version(round))));
        long account = councilAccount();
        details = asOfficer(() -> councils.appoint(round, version(round), account, MemberRole.CHAIR, "Phó Chủ tịch UBND huyện"));
        assertTrue(details.council().ready());
        assertEquals("rating.council.alreadyMember", refused(() -> councils.appoint(round, version(round), account,
                MemberRole.MEMBER, null)));

        details = asOfficer(() -> rounds.startScoring(round, version(round)));
        assertEquals(RoundStatus.SCORING, details.round().status());
        assertEquals(1, details.progress().size());
        assertEquals(1, details.progress().get(0).undeclared());

        long late = submitted(RatingData.PROCESSED);
        assertEquals("rating.round.notOpen", refused(() -> rounds.addProduct(round, version(round), late)));
        assertEquals("rating.round.notOpen", refused(() -> rounds.removeProduct(round, version(round), product)));
        assertEquals("rating.round.notOpen", refused(() -> councils.dismiss(round, version(round),
                rounds.round(round).council().members().get(0).id())));
        assertEquals("rating.round.resultsNotOpen", refused(() -> rounds.conclude(round, version(round))),
                "the chair has not opened the results");
    }

    @Test
    void aProductEntersWithAUsableSheetAndInOneRunningRoundOfALevel() throws Exception {
        long first = asOfficer(() -> rounds.create(RatingData.round(tag()))).id();
        long second = asOfficer(() -> rounds.create(RatingData.round(tag()))).id();
        long tea = submitted(RatingData.TEA);
        assertEquals("rating.round.sheetNotUsable", refused(() -> rounds.addProduct(first, version(first), tea)));
        assertTrue(asOfficer(() -> rounds.candidates(first, "rt-", 0, 500)).items().stream()
                .anyMatch(c -> c.productId() == tea && !c.usable()), "offered, marked as not usable");

        long product = submitted(RatingData.PROCESSED);
        assertTrue(asOfficer(() -> rounds.candidates(first, null, 0, 500)).items().stream()
                .anyMatch(c -> c.productId() == product && c.usable()));
        asOfficer(() -> rounds.addProduct(first, version(first), product));
        assertEquals("rating.round.productElsewhere", refused(() -> rounds.addProduct(second, version(second), product)));
        assertTrue(asOfficer(() -> rounds.candidates(first, null, 0, 500)).items().stream()
                .noneMatch(c -> c.productId() == product), "no longer offered to the round it is in");
        asOfficer(() -> rounds.removeProduct(first, version(first), product));
        asOfficer(() -> rounds.addProduct(second, version(second), product));
    }

    @Test
    void theLevelAndTheCriteriaSetFollowTheRegimeOfTheFirstDay() throws Exception {
        RoundForm after1489 = RatingData.round(tag());
        after1489.setYear(2025);
        after1489.setStartsOn(LocalDate.of(2025, 9, 1));
        after1489.setEndsOn(LocalDate.of(2025, 9, 5));
        assertEquals("rating.round.levelNotEvaluating", refused(() -> rounds.create(after1489)),
                "no district level under 1489/QĐ-TTg");
        after1489.setLevel(EvaluationLevel.PROVINCE);
        assertEquals("148-1489", asOfficer(() -> rounds.create(after1489)).regime());

        RoundForm in2019 = RatingData.round(tag());
        in2019.setYear(2019);
        in2019.setStartsOn(LocalDate.of(2019, 11, 4));
        in2019.setEndsOn(LocalDate.of(2019, 11, 8));
        RoundView pilot = asOfficer(() -> rounds.create(in2019));
        assertEquals("1048/QĐ-TTg", pilot.criteriaSet());
        long product = submitted(RatingData.PROCESSED);
        assertEquals("rating.round.otherCriteriaSet", refused(() -> rounds.addProduct(pilot.id(), pilot.version(), product)));
    }

    @Test
    void aCityRoundTakesOnlyTheProductsTheDistrictForwarded() throws Exception {
        RoundForm city = RatingData.round(tag());
        city.setLevel(EvaluationLevel.PROVINCE);
        RoundView round = asOfficer(() -> rounds.create(city));
        long product = submitted(RatingData.PROCESSED);
        assertEquals("rating.round.notForwarded", refused(() -> rounds.addProduct(round.id(), round.version(), product)),
                "under 148 the district evaluates first: a city round takes what a concluded district round forwarded");
        assertTrue(asOfficer(() -> rounds.candidates(round.id(), null, 0, 1000)).items().stream()
                .noneMatch(c -> c.productId() == product), "nor is it offered");
    }

    @Test
    void aStalePageIsRefused() throws Exception {
        long round = asOfficer(() -> rounds.create(RatingData.round(tag()))).id();
        long stale = version(round);
        asOfficer(() -> councils.establishCouncil(round, stale, RatingData.decision("it-" + tag())));
        assertThrows(ConcurrentChangeException.class, () -> asOfficer(() -> rounds.update(round, stale, RatingData.round(tag()))));
        assertTrue(version(round) > stale, "a change to the council makes the round's page stale");
    }
}
