package vn.ocop.training.boundary;

import vn.ocop.training.entity.CourseSession;

import java.io.Serializable;
import java.time.LocalDate;

/** A session of a course. */
public record SessionView(Long id, int number, LocalDate heldOn, String topic, Integer hours) implements Serializable {

    static SessionView of(CourseSession s) {
        return new SessionView(s.getId(), s.getNumber(), s.getHeldOn(), s.getTopic(), s.getHours());
    }
}
