package vn.ocop.training.entity;

/** Who an enrolment is for: a producer's manager or a user account (the other id null). */
public record EnrolledPerson(Long managerId, Long userId) {
}
