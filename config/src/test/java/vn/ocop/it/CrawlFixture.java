package vn.ocop.it;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.training.boundary.CourseForm;
import vn.ocop.training.boundary.Courses;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Delivery;
import vn.ocop.training.entity.Topic;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import vn.ocop.it.support.Portal;

/**
 * The crawl's own training course (a test server holds no demonstration data), as a resource of the test WAR under
 * {@code api/v1/it-crawl}, called as it-officer so that the boundary checks that role. Never part of the application.
 */
@Path("it-crawl")
@Produces(MediaType.APPLICATION_JSON)
public class CrawlFixture {

    public record Created(long id) {
    }

    @EJB
    Courses courses;

    /** A course of the district staff with one session. */
    @POST
    @Path("course")
    public Created course() {
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 99_999));
        int year = Portal.today().getYear();
        long id = courses.create(districtCourse("CR-" + tag, "Chu trình OCOP cr-" + tag, year)).id();
        courses.addSession(id, courses.course(id).course().version(), LocalDate.of(year, 3, 1), null, 4);
        return new Created(id);
    }

    /** A two-day course of the district staff on the OCOP cycle, on the 1st and 2nd of March of the year. */
    static CourseForm districtCourse(String code, String title, int year) {
        CourseForm form = new CourseForm();
        form.setCode(code);
        form.setTitle(title);
        form.setTopics(List.of(Topic.PROGRAMME_AND_CYCLE));
        form.setAudience(Audience.DISTRICT_STAFF);
        form.setOrganiser("Phòng Kinh tế");
        form.setFundingSource(FundingSource.DISTRICT_BUDGET);
        form.setDelivery(Delivery.IN_PERSON);
        form.setStartDate(LocalDate.of(year, 3, 1));
        form.setEndDate(LocalDate.of(year, 3, 2));
        form.setCapacity(20);
        return form;
    }
}
