package vn.ocop.training.boundary;

import vn.ocop.shared.entity.DateSpan;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.geography.boundary.IssuingBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.reports.AttendanceSheetDocument;
import vn.ocop.reports.Documents;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.boundary.Sort;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.training.entity.Course;
import vn.ocop.training.entity.CourseSession;
import vn.ocop.training.entity.Enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Training courses and their sessions. The district office opens and changes courses
 * and their sessions; everybody else who works with the programme reads them (a commune officer sees
 * the participants of their own commune only). A course whose certificates were issued is frozen.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class Courses {

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuingBodies bodies;

    @Inject
    Acting acting;

    @Inject
    Documents documents;

    /** One page of the courses, newest first unless another order is asked for. */
    public Page<CourseView> list(CourseFilter filter, Sort sort, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Course> rows = cb.createQuery(Course.class);
        Root<Course> course = rows.from(Course.class);
        Expression<?> key = switch (sort.field() == null ? "" : sort.field()) {
            case "code" -> course.get("code");
            case "title" -> course.get("titleKey");
            case "audience" -> course.get("audience");
            default -> course.get("startDate");
        };
        boolean ascending = sort.field() == null ? false : sort.ascending();
        rows.where(conditions(cb, course, filter)).orderBy(ascending ? cb.asc(key) : cb.desc(key), cb.desc(course.get("id")));
        List<Course> found = em.createQuery(rows).setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, long[]> counts = CourseReads.counts(em, found.stream().map(Course::getId).toList());
        List<CourseView> items = found.stream().map(c -> {
            long[] n = counts.getOrDefault(c.getId(), new long[2]);
            return CourseView.of(c, n[0], n[1]);
        }).toList();
        return new Page<>(items, Page.count(em, Course.class, (builder, counting, counted) -> conditions(builder, counted, filter)));
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<Course> course, CourseFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.year() != null) {
            LocalDate from = LocalDate.of(filter.year(), 1, 1);
            LocalDate to = LocalDate.of(filter.year(), 12, 31);
            where.add(cb.lessThanOrEqualTo(course.<LocalDate>get("startDate"), to));
            where.add(cb.greaterThanOrEqualTo(course.<LocalDate>get("endDate"), from));
        }
        if (filter.audience() != null) {
            where.add(cb.equal(course.get("audience"), filter.audience()));
        }
        String key = VietnameseText.searchKey(filter.text());
        if (!key.isEmpty()) {
            String like = "%" + key.replace("%", "").replace("_", "") + "%";
            where.add(cb.or(cb.like(course.get("titleKey"), like), cb.like(cb.lower(course.get("code")), like)));
        }
        return where.toArray(Predicate[]::new);
    }

    /** The years that have courses, newest first (the current year when there are none). */
    public List<Integer> years() {
        return em.createNamedQuery(Course.DATE_RANGE, DateSpan.class).getSingleResult().yearsNewestFirst(acting.today().getYear());
    }

    /** The course page. */
    public CourseDetails course(long id) {
        return CourseReads.details(em, find(id, LockModeType.NONE), acting.caller());
    }

    @RolesAllowed(Roles.OFFICER)
    public CourseView create(CourseForm form) {
        Course course = new Course(form.getCode(), form.terms());
        if (!em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", course.getCode()).getResultList().isEmpty()) {
            throw BusinessException.onField("code", "training.course.codeTaken");
        }
        em.persist(course);
        UniqueValues.flush(em, BusinessException.onField("code", "training.course.codeTaken"));
        acting.audit("COURSE_OPENED", course, null, null);
        return CourseView.of(course, 0, 0);
    }

    /** Changes a course read at {@code version}; the completion of every participant follows a changed rule. */
    @RolesAllowed(Roles.OFFICER)
    public CourseDetails update(long id, long version, CourseForm form) {
        Course course = editable(id, version);
        String before = course.auditState();
        course.change(form.terms());
        long enrolled = em.createNamedQuery(Enrolment.COUNT_OF_COURSE, Long.class).setParameter("course", course).getSingleResult();
        if (enrolled > course.getCapacity()) {
            throw BusinessException.onField("capacity", "training.course.capacityBelowEnrolled", enrolled);
        }
        reviewAll(course);
        Records.flush(em);
        acting.audit("COURSE_CHANGED", course, before, null);
        return CourseReads.details(em, course, acting.caller());
    }

    @RolesAllowed(Roles.OFFICER)
    public CourseDetails addSession(long id, long version, LocalDate on, String topic, Integer hours) {
        Course course = editable(id, version);
        String before = course.auditState();
        course.addSession(on, topic, hours);
        Records.flush(em);
        reviewAll(course);
        Records.flush(em);
        acting.audit("COURSE_SESSION_ADDED", course, before, null);
        return CourseReads.details(em, course, acting.caller());
    }

    /** Removes a session added by mistake; a session with attendance recorded stays. */
    @RolesAllowed(Roles.OFFICER)
    public CourseDetails removeSession(long id, long version, long sessionId) {
        Course course = editable(id, version);
        List<Enrolment> enrolments = em.createNamedQuery(Enrolment.OF_COURSE, Enrolment.class).setParameter("course", course)
                .getResultList();
        if (enrolments.stream().anyMatch(e -> e.getAttendance().containsKey(sessionId))) {
            throw new BusinessException("training.session.hasAttendance");
        }
        String before = course.auditState();
        course.removeSession(sessionId);
        enrolments.forEach(Enrolment::review);
        Records.flush(em);
        acting.audit("COURSE_SESSION_REMOVED", course, before, null);
        return CourseReads.details(em, course, acting.caller());
    }

    /** The attendance sheet of a session, for signatures: the participants in the caller's scope. */
    public byte[] attendanceSheetPdf(long courseId, long sessionId) {
        Caller caller = acting.caller();
        Course course = find(courseId, LockModeType.NONE);
        CourseSession session = course.getSessions().stream().filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(Records::notFound);
        List<AttendanceSheetDocument.Row> rows = new ArrayList<>();
        for (EnrolmentView e : CourseReads.details(em, course, caller).enrolments()) {
            rows.add(new AttendanceSheetDocument.Row(rows.size() + 1, e.name(), e.organisation(), e.unitName()));
        }
        IssuingBody body = bodies.deployedBody();
        return documents.pdf(new AttendanceSheetDocument(body.getHeaderLine1(), body.getHeaderLine2(), course.getTitle(),
                course.getCode(), session.getNumber(), session.getHeldOn(), session.getTopic(), course.getVenue(), rows));
    }

    private void reviewAll(Course course) {
        em.createNamedQuery(Enrolment.OF_COURSE, Enrolment.class).setParameter("course", course).getResultList()
                .forEach(Enrolment::review);
    }

    private Course editable(long id, long version) {
        Course course = find(id, LockModeType.PESSIMISTIC_WRITE);
        Records.requireVersion(course.getVersion(), version);
        if (em.createNamedQuery(Enrolment.CERTIFIED_IN_COURSE, Long.class).setParameter("course", course).getSingleResult() > 0) {
            throw new BusinessException("training.course.frozen");
        }
        return course;
    }

    private Course find(long id, LockModeType lock) {
        return Records.find(em, Course.class, id, lock);
    }
}
