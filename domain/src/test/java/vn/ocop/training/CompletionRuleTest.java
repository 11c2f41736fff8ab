package vn.ocop.training;

import org.junit.jupiter.api.Test;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.training.control.CompletionRule;
import vn.ocop.training.entity.AttendanceStatus;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Course;
import vn.ocop.training.entity.Delivery;
import vn.ocop.training.entity.Outcome;
import vn.ocop.training.entity.Topic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.training.entity.AttendanceStatus.ABSENT;
import static vn.ocop.training.entity.AttendanceStatus.EXCUSED;
import static vn.ocop.training.entity.AttendanceStatus.LATE;
import static vn.ocop.training.entity.AttendanceStatus.PRESENT;

/** The completion rule of a course: at least 80 % attendance (present or late) and a pass, by default. */
class CompletionRuleTest {

    private static final CompletionRule DEFAULT = CompletionRule.DEFAULT;

    @Test
    void fourOfFiveSessionsAndAPassComplete() {
        CompletionRule.Standing standing = DEFAULT.evaluate(5, List.of(PRESENT, PRESENT, LATE, PRESENT, ABSENT), Outcome.PASSED);
        assertEquals(4, standing.attended());
        assertEquals(new BigDecimal("80.0"), standing.percent());
        assertTrue(standing.completed(), "exactly 80 % is enough");
    }

    @Test
    void belowTheThresholdDoesNotCompleteEvenWithAPass() {
        CompletionRule.Standing standing = DEFAULT.evaluate(6, List.of(PRESENT, PRESENT, PRESENT, PRESENT, ABSENT, EXCUSED),
                Outcome.PASSED);
        assertEquals(new BigDecimal("66.7"), standing.percent());
        assertFalse(standing.completed(), "excused is not attended");
    }

    @Test
    void fullAttendanceWithoutAPassDoesNotCompleteWhenAPassIsRequired() {
        List<AttendanceStatus> all = List.of(PRESENT, PRESENT, PRESENT);
        assertFalse(DEFAULT.evaluate(3, all, null).completed(), "no result yet");
        assertFalse(DEFAULT.evaluate(3, all, Outcome.FAILED).completed());
        assertTrue(new CompletionRule(80, false).evaluate(3, all, null).completed(), "a course without assessment");
    }

    @Test
    void aCourseWithoutSessionsIsCompletedByNobody() {
        assertFalse(new CompletionRule(0, false).evaluate(0, List.of(), Outcome.PASSED).completed());
    }

    @Test
    void sessionsWithoutAMarkCountAsNotAttended() {
        assertFalse(DEFAULT.evaluate(5, List.of(PRESENT, PRESENT, PRESENT), Outcome.PASSED).completed());
    }

    @Test
    void theThresholdIsAPercentage() {
        assertEquals("training.course.attendanceRange", assertThrows(BusinessException.class,
                () -> new CompletionRule(101, true)).messageKey());
    }

    @Test
    void aCourseTakesItsAudienceAndNoMoreThanItsCapacity() {
        Course course = new Course("dt-2019-01", new Course.Terms("Quản trị kinh doanh", EnumSet.of(Topic.BUSINESS_MANAGEMENT),
                Audience.PRODUCER_MANAGER, "Phòng Kinh tế", FundingSource.CITY_BUDGET, Delivery.IN_PERSON,
                LocalDate.of(2019, 6, 24), LocalDate.of(2019, 6, 26), 24, null, null, 30, null, true));
        assertEquals("DT-2019-01", course.getCode());
        assertEquals(80, course.getMinAttendance(), "the default rule");
        course.checkAdmits(Audience.PRODUCER_MANAGER);
        assertEquals("training.enrolment.wrongAudience", assertThrows(BusinessException.class,
                () -> course.checkAdmits(Audience.COMMUNE_STAFF)).messageKey());
        course.checkRoomFor(29, 1);
        BusinessException full = assertThrows(BusinessException.class, () -> course.checkRoomFor(29, 2));
        assertEquals("training.enrolment.full", full.messageKey());
        assertEquals(List.of(30, 1L), List.of(full.arguments()));
        assertEquals("training.session.outsideCourse", assertThrows(BusinessException.class,
                () -> course.addSession(LocalDate.of(2019, 6, 27), null, null)).messageKey());
        BusinessException several = assertThrows(BusinessException.class, () -> course.addSession(null, "Đ".repeat(301), 0));
        assertEquals(List.of("heldOn error.required", "sessionTopic error.tooLong", "sessionHours training.session.hours"),
                several.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList(), "every problem at once");
        assertTrue(course.getSessions().isEmpty(), "nothing added");
    }

    @Test
    void staffOfTheDistrictAndTheCommunesShareTheirCourses() {
        assertTrue(Audience.DISTRICT_STAFF.admits(Audience.COMMUNE_STAFF));
        assertTrue(Audience.COMMUNE_STAFF.admits(Audience.DISTRICT_STAFF));
        assertFalse(Audience.COUNCIL_ADVISORY.admits(Audience.DISTRICT_STAFF));
        assertFalse(Audience.PRODUCER_MANAGER.admits(Audience.COMMUNE_STAFF));
    }
}
