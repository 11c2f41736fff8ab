package vn.ocop.training.boundary;

import vn.ocop.shared.entity.CountOf;
import jakarta.persistence.EntityManager;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.training.entity.Course;
import vn.ocop.training.entity.Enrolment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reads of a course that the training boundaries share, inside their transaction. */
final class CourseReads {

    private CourseReads() {
    }

    /** [enrolled, completed] per course. */
    static Map<Long, long[]> counts(EntityManager em, List<Long> courseIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!courseIds.isEmpty()) {
            for (CountOf row : em.createNamedQuery(Enrolment.COUNTS, CountOf.class).setParameter("ids", courseIds)
                    .setParameter("completed", List.of(true, false)).getResultList()) {
                counts.computeIfAbsent(row.id(), k -> new long[2])[0] = row.count();
            }
            for (CountOf row : em.createNamedQuery(Enrolment.COUNTS, CountOf.class).setParameter("ids", courseIds)
                    .setParameter("completed", List.of(true)).getResultList()) {
                counts.computeIfAbsent(row.id(), k -> new long[2])[1] = row.count();
            }
        }
        return counts;
    }

    /** The course page: a commune officer sees the participants of their commune; the counts are the course's. */
    static CourseDetails details(EntityManager em, Course course, Caller caller) {
        List<EnrolmentView> rows = em.createNamedQuery(Enrolment.OF_COURSE, Enrolment.class).setParameter("course", course)
                .getResultList().stream()
                .filter(e -> caller.reaches(e.getUnit() == null ? null : e.getUnit().getId()))
                .map(EnrolmentView::of).toList();
        long[] n = counts(em, List.of(course.getId())).getOrDefault(course.getId(), new long[2]);
        long certified = em.createNamedQuery(Enrolment.CERTIFIED_IN_COURSE, Long.class).setParameter("course", course)
                .getSingleResult();
        return CourseDetails.of(course, n[0], n[1], rows, certified);
    }
}
