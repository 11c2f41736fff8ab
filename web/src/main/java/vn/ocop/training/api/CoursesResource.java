package vn.ocop.training.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.ocop.shared.api.ListAnswer;
import vn.ocop.shared.api.Paging;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.boundary.Sort;
import vn.ocop.training.boundary.CourseFilter;
import vn.ocop.training.boundary.CourseView;
import vn.ocop.training.boundary.Courses;
import vn.ocop.training.entity.Audience;

import java.time.LocalDate;

/**
 * {@code GET /ocop/api/v1/courses}: the training courses, newest first, filtered by {@code year},
 * {@code audience} and {@code q} (code or title, diacritics aside), paged by {@code page} and
 * {@code size}.
 */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    /** One course as the API contract names its fields. */
    public record Course(Long id, String code, String title, String audience, LocalDate startDate, LocalDate endDate,
                         long enrolled, long completed) {
    }

    @EJB
    Courses courses;

    @GET
    public ListAnswer<Course> courses(@QueryParam("year") Integer year, @QueryParam("audience") Audience audience,
                                      @QueryParam("q") String q, @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = Paging.of(page, size);
        Page<CourseView> found = courses.list(new CourseFilter(year, audience, q), Sort.none(), paging.offset(), paging.rows());
        return new ListAnswer<>(found.items().stream().map(c -> new Course(c.id(), c.code(), c.title(), c.audience().name(),
                c.startDate(), c.endDate(), c.enrolled(), c.completed())).toList(), found.total());
    }
}
