package vn.ocop.training.entity;

/** A course a producer's manager is enrolled in, by its code, and whether they completed it. */
public record ManagerCourse(Long managerId, Boolean completed, String courseCode) {

    public boolean isCompleted() {
        return Boolean.TRUE.equals(completed);
    }
}
