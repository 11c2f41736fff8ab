package vn.ocop.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.Texts;
import vn.ocop.training.boundary.CourseDetails;
import vn.ocop.training.boundary.EnrolmentView;
import vn.ocop.training.boundary.Enrolments;
import vn.ocop.training.entity.AttendanceStatus;
import vn.ocop.training.entity.Outcome;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The participants' grid of the course page: attendance per session and the outcome per participant,
 * each saved at once, and the completion certificates.
 */
@Named
@ViewScoped
public class CourseAttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Enrolments enrolments;

    @Inject
    CourseBacking course;

    /** The grid's choices by "enrolment:session" and the outcomes by enrolment, as the page submits them (names). */
    private final Map<String, String> marks = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();
    /** The course the grid was filled from: the grid is filled again when the course page shows another reading. */
    private transient CourseDetails filledFrom;

    private void fill() {
        CourseDetails shown = course.getDetails();
        if (shown == filledFrom) {
            return;
        }
        filledFrom = shown;
        marks.clear();
        outcomes.clear();
        for (EnrolmentView e : shown.enrolments()) {
            e.attendance().forEach((session, status) -> marks.put(key(e.id(), session), status.name()));
            outcomes.put(e.id(), e.outcome() == null ? null : e.outcome().name());
        }
    }

    public String key(Long enrolmentId, Long sessionId) {
        return enrolmentId + ":" + sessionId;
    }

    public void mark(long enrolmentId, long sessionId) {
        String mark = getMarks().get(key(enrolmentId, sessionId));
        saved(enrolments.mark(enrolmentId, sessionId, mark == null ? null : AttendanceStatus.valueOf(mark)));
    }

    public void record(long enrolmentId) {
        String outcome = getOutcomes().get(enrolmentId);
        saved(enrolments.record(enrolmentId, outcome == null ? null : Outcome.valueOf(outcome)));
    }

    private void saved(EnrolmentView saved) {
        course.reload();
        Texts.info("training_course.markSaved", saved.name());
    }

    public void issueCertificates() {
        int count = enrolments.issueCertificates(course.getId());
        course.reload();
        Texts.info("training_course.certified", count);
    }

    public void printCertificate(EnrolmentView enrolment) {
        Downloads.send(enrolment.certificateNumber() + ".pdf", "application/pdf", enrolments.certificatePdf(enrolment.id()));
    }

    public Map<String, String> getMarks() {
        fill();
        return marks;
    }

    public Map<Long, String> getOutcomes() {
        fill();
        return outcomes;
    }
}
