package vn.ocop.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.Texts;
import vn.ocop.training.boundary.Courses;
import vn.ocop.training.boundary.SessionView;

import java.io.Serializable;
import java.time.LocalDate;

/** The sessions of the course page: adding and removing one, and each session's printed attendance sheet. */
@Named
@ViewScoped
public class CourseSessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Courses courses;

    @Inject
    CourseBacking course;

    private LocalDate day;
    private String topic;
    private Integer hours;

    public void add() {
        course.show(courses.addSession(course.getId(), course.getDetails().course().version(), day, topic, hours));
        day = null;
        topic = null;
        hours = null;
        Texts.info("general.saved");
    }

    public void remove(long sessionId) {
        course.show(courses.removeSession(course.getId(), course.getDetails().course().version(), sessionId));
        Texts.info("general.saved");
    }

    public void printAttendanceSheet(SessionView s) {
        Downloads.send(Texts.get("training_course.sheetFileName", course.getDetails().course().code(), s.number()), "application/pdf",
                courses.attendanceSheetPdf(course.getId(), s.id()));
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public Integer getHours() { return hours; }
    public void setHours(Integer hours) { this.hours = hours; }
}
