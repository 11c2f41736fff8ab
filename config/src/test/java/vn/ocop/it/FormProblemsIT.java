package vn.ocop.it;

import jakarta.ejb.EJB;
import org.junit.jupiter.api.Test;
import vn.ocop.planning.boundary.PlanForm;
import vn.ocop.planning.boundary.Plans;
import vn.ocop.registration.boundary.SupportForm;
import vn.ocop.registration.boundary.Supports;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.training.boundary.CourseForm;
import vn.ocop.training.boundary.Courses;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The forms' rules report every problem at once, each on its field (the page shows each next to its input), in the
 * order of the form: a support, a training course and a plan sent empty or wrong in several places.
 */
@IntegrationTest
class FormProblemsIT extends ServerTest {

    @EJB
    Supports supports;

    @EJB
    Courses courses;

    @EJB
    Plans plans;

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
}
