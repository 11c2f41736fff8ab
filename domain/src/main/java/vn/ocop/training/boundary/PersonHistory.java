package vn.ocop.training.boundary;

import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Outcome;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A person's training: who they are and every course they were enrolled in, oldest first. */
public record PersonHistory(Trainee person, List<Course> courses) implements Serializable {

    /** One course of the person, with their standing in it. */
    public record Course(Long courseId, String code, String title, Audience audience, LocalDate startDate,
                         LocalDate endDate, BigDecimal percent, Outcome outcome, boolean completed,
                         String certificateNumber, Long enrolmentId) implements Serializable {
    }

    public boolean trained() {
        return courses.stream().anyMatch(c -> c.completed() && c.audience().admits(person.audience()));
    }
}
