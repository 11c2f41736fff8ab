package vn.ocop.training.boundary;

import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Course;
import vn.ocop.training.entity.Delivery;

import java.io.Serializable;
import java.time.LocalDate;

/** A course in a list: what, for whom, when, how many places, enrolled and completed. */
public record CourseView(Long id, String code, String title, Audience audience, Delivery delivery, LocalDate startDate,
                         LocalDate endDate, int capacity, long enrolled, long completed, long version) implements Serializable {

    static CourseView of(Course c, long enrolled, long completed) {
        return new CourseView(c.getId(), c.getCode(), c.getTitle(), c.getAudience(), c.getDelivery(), c.getStartDate(),
                c.getEndDate(), c.getCapacity(), enrolled, completed, c.getVersion());
    }

    public long placesLeft() {
        return Math.max(0, capacity - enrolled);
    }
}
