package vn.ocop.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;
import vn.ocop.training.boundary.CourseDetails;
import vn.ocop.training.boundary.CourseForm;
import vn.ocop.training.boundary.Courses;
import vn.ocop.training.boundary.EnrolmentView;
import vn.ocop.training.boundary.Enrolments;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.Audience;

import java.io.Serializable;
import java.util.List;

/**
 * A course: its details, enrolment by search and by commune. The sessions are
 * {@link CourseSessionsBacking}'s, the participants' grid {@link CourseAttendanceBacking}'s, the
 * enrolment from Excel {@link CourseImportBacking}'s; they show the course this bean holds.
 */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Courses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    Geography geography;

    @Inject
    UserSession session;

    private Long id;
    private CourseDetails details;
    private CourseForm form = new CourseForm();
    private String searchText;
    private List<Trainee> candidates;
    private Long communeId;

    /** Called by the view parameter. */
    public void load() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        reload();
    }

    /** Reads the course again, after a change that did not return it. */
    public void reload() {
        show(courses.course(id));
    }

    /** Shows the course as a change returned it. */
    public void show(CourseDetails shown) {
        details = shown;
    }

    public void startEdit() {
        form = details.form();
    }

    public void saveEdit() {
        show(courses.update(id, details.course().version(), form));
        Texts.info("general.saved");
        PrimeFaces.current().executeScript("PF('courseDialog').hide()");
    }

    /** The people the course admits whose name (or producer) has the search text, not enrolled yet. */
    public void searchPeople() {
        candidates = enrolments.candidates(id, searchText);
    }

    public void enrol(Trainee person) {
        show(enrolments.enrol(id, person.key()));
        candidates = enrolments.candidates(id, searchText);
        Texts.info("training_course.enrolled", person.name());
    }

    public void enrolCommune() {
        if (communeId == null) {
            throw BusinessException.onField("commune", "error.required");
        }
        int count = enrolments.enrolCommune(id, communeId);
        reload();
        Texts.info("training_course.enrolledCommune", count);
    }

    public void withdraw(EnrolmentView enrolment) {
        show(enrolments.withdraw(enrolment.id(), enrolment.version()));
        Texts.info("training_course.withdrawn", enrolment.name());
    }

    public List<UnitView> getCommunes() {
        return geography.communes().stream().filter(c -> session.covers(c.id())).toList();
    }

    public boolean isOffice() {
        return session.hasRole("OFFICER");
    }

    public boolean isCanEnrol() {
        return session.hasRole("OFFICER") || session.hasRole("COMMUNE");
    }

    public boolean isForManagers() {
        return details != null && details.course().audience() == Audience.PRODUCER_MANAGER;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CourseDetails getDetails() { return details; }
    public CourseForm getForm() { return form; }
    public String getSearchText() { return searchText; }
    public void setSearchText(String searchText) { this.searchText = searchText; }
    public List<Trainee> getCandidates() { return candidates; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
}
