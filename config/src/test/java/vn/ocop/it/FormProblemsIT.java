package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import vn.ocop.it.support.Portal;
import vn.ocop.it.support.TestAccounts;
import vn.ocop.planning.boundary.PlanForm;
import vn.ocop.planning.boundary.Plans;
import vn.ocop.rating.boundary.CouncilForm;
import vn.ocop.rating.boundary.Councils;
import vn.ocop.rating.boundary.Rounds;
import vn.ocop.registration.boundary.SupportForm;
import vn.ocop.registration.boundary.Supports;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.training.boundary.CourseForm;
import vn.ocop.training.boundary.Courses;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forms' rules report every problem at once, each on its field (the page shows each next to its input), in the
 * order of the form: a support, a training course, a plan, a council's decision, a course's session and a decision
 * draft's wording sent empty or wrong in several places; what was refused stored nothing.
 */
@IntegrationTest
class FormProblemsIT extends ServerTest {

    @EJB
    Supports supports;

    @EJB
    Courses courses;

    @EJB
    Plans plans;

    @EJB
    Rounds rounds;

    @EJB
    Councils councils;

    @ArquillianResource
    URL url;

    private static String tag() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 99_999));
    }

    private List<String> fields(Callable<?> work) {
        BusinessException refused = assertThrows(BusinessException.class, () -> officer.run(work).get());
        return refused.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    @Test
    void anEmptySupportNamesEveryMissingField() {
        assertEquals(List.of("producer error.required", "type error.required", "fundingSource error.required",
                "grantedOn error.required", "amount error.required"), fields(() -> supports.record(new SupportForm())));
    }

    @Test
    void aCourseWithSeveralMistakesNamesEachOne() {
        CourseForm form = new CourseForm();
        form.setCode("mã sai!");
        form.setStartDate(LocalDate.of(2026, 5, 10));
        form.setEndDate(LocalDate.of(2026, 5, 1));
        form.setCapacity(0);
        form.setDelivery(null);
        assertEquals(List.of("code training.course.codeFormat", "title error.required", "audience error.required",
                "organiser error.required", "fundingSource error.required", "delivery error.required",
                "topics training.course.topicsRequired", "endDate training.course.endBeforeStart",
                "capacity training.course.capacityRange"), fields(() -> courses.create(form)));
    }

    @Test
    void aPlanWithoutNumberTitleAndWithAFutureDateNamesAllThree() {
        PlanForm form = new PlanForm(2098, " ", LocalDate.of(2098, 1, 1), "", List.of(), Map.of(), 0);
        assertEquals(List.of("number error.required", "issuedOn plans.issuedOn.future", "title error.required"),
                fields(() -> plans.save(form)));
    }

    @Test
    void aCouncilWithoutItsDecisionAndRulesNamesEachField() throws Exception {
        long round = officer.run(() -> rounds.create(RatingData.round("fp" + tag()))).get().id();
        long version = officer.run(() -> rounds.round(round)).get().round().version();
        CouncilForm form = new CouncilForm();
        form.setDecisionNumber(" ");
        form.setDecisionDate(RatingData.ENDS.plusDays(1));
        form.setQuorumPercent(null);
        form.setMaxSpread(BigDecimal.ZERO);
        form.setGateRule(null);
        assertEquals(List.of("decisionNumber error.required", "decisionDate rating.council.decisionDate", "quorumPercent error.required",
                "maxSpread rating.council.spread", "gateRule error.required"), fields(() -> councils.establishCouncil(round, version, form)));
        assertNull(officer.run(() -> rounds.round(round)).get().council().decisionNumber(), "nothing stored");
    }

    @Test
    void aSessionWithoutItsDayWithATooLongTopicAndNoHoursNamesAllThree() throws Exception {
        String tag = tag();
        CourseForm form = CrawlFixture.districtCourse("FP-" + tag, "Chu trình OCOP fp-" + tag, 2026);
        long course = officer.run(() -> courses.create(form)).get().id();
        long version = officer.run(() -> courses.course(course)).get().course().version();
        assertEquals(List.of("heldOn error.required", "sessionTopic error.tooLong", "sessionHours training.session.hours"),
                fields(() -> courses.addSession(course, version, null, "Đ".repeat(301), 0)));
        assertTrue(officer.run(() -> courses.course(course)).get().sessions().isEmpty(), "nothing stored");
    }

    /** A decision draft needs a concluded round: drafted and changed over the API, whose refusal lists every problem. */
    @Test
    @RunAsClient
    void aDecisionDraftWithBlankWordingNamesEachField() throws Exception {
        long round = CertificationIT.concludedRound(url, 1).round();
        Portal office = new Portal(url.toURI());
        assertEquals(302, office.signIn("it-officer", TestAccounts.PASSWORD).statusCode());
        JsonObject draft = CertificationIT.draft(office, round);
        String path = "api/v1/decisions/" + CertificationIT.id(draft);
        HttpResponse<String> refused = office.sendJson("PUT", path + "/wording", "{\"version\": " + CertificationIT.version(draft)
                + ", \"summary\": \" \", \"legalBases\": \"\\n \\n\", \"article2\": \"\", \"signerName\": \"" + "Đ".repeat(101) + "\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject answer = Portal.parse(refused.body());
        assertEquals("summary", answer.getString("field"));
        assertEquals(List.of("summary error.required", "legalBases error.required", "article2 error.required", "signerName error.tooLong"),
                answer.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                        .map(p -> p.getString("field") + " " + p.getString("messageKey")).toList());
        assertTrue(answer.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .allMatch(p -> !p.getString("message").isBlank() && !p.getString("message").contains("???")), "each in a sentence");
        JsonObject after = Portal.ok(office.get(path));
        assertEquals(CertificationIT.version(draft), CertificationIT.version(after), "nothing stored");
    }
}
