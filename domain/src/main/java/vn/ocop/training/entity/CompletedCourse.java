package vn.ocop.training.entity;

import java.time.LocalDate;

/** A completed enrolment as the coverage counts it: the person (manager or user account), the audience, the last day. */
public record CompletedCourse(Long managerId, Long userId, Audience audience, LocalDate endDate) {
}
