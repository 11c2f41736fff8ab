package vn.ocop.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import vn.ocop.geography.boundary.Geography;
import vn.ocop.geography.boundary.UnitView;
import vn.ocop.registration.control.ImportProblem;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.web.Downloads;
import vn.ocop.shared.web.Texts;
import vn.ocop.shared.web.UserSession;
import vn.ocop.training.boundary.CourseDetails;
import vn.ocop.training.boundary.CourseForm;
import vn.ocop.training.boundary.Courses;
import vn.ocop.training.boundary.EnrolmentView;
import vn.ocop.training.boundary.Enrolments;
import vn.ocop.training.boundary.SessionView;
import vn.ocop.training.control.EnrolmentImport;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.AttendanceStatus;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Delivery;
import vn.ocop.training.entity.Outcome;
import vn.ocop.training.entity.Topic;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A course: its details, sessions, participants with the attendance grid (each mark saved at once),
 * outcomes and certificates; enrolment by search, by commune and from Excel; the printables.
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
    /** The grid's choices by "enrolment:session" and the outcomes by enrolment, as the page submits them (names). */
    private final Map<String, String> marks = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();
    private LocalDate sessionDay;
    private String sessionTopic;
    private Integer sessionHours;
    private String searchText;
    private List<Trainee> candidates;
    private Long communeId;
    private byte[] workbook;
    private EnrolmentImport.Plan plan;

    /** Called by the view parameter. */
    public void load() {
        if (id == null) {
            throw new BusinessException("error.notFound");
        }
        show(courses.course(id));
    }

    private void show(CourseDetails shown) {
        details = shown;
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

    // ---- course and sessions ----

    public void startEdit() {
        form = details.form();
    }

    public void saveEdit() {
        show(courses.update(id, details.course().version(), form));
        Texts.info("general.saved");
        PrimeFaces.current().executeScript("PF('courseDialog').hide()");
    }

    public void addSession() {
        show(courses.addSession(id, details.course().version(), sessionDay, sessionTopic, sessionHours));
        sessionDay = null;
        sessionTopic = null;
        sessionHours = null;
        Texts.info("general.saved");
    }

    public void removeSession(long sessionId) {
        show(courses.removeSession(id, details.course().version(), sessionId));
        Texts.info("general.saved");
    }

    // ---- enrolment ----

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
        show(courses.course(id));
        Texts.info("training_course.enrolledCommune", count);
    }

    public void withdraw(EnrolmentView enrolment) {
        show(enrolments.withdraw(enrolment.id(), enrolment.version()));
        Texts.info("training_course.withdrawn", enrolment.name());
    }

    public void downloadTemplate() {
        Downloads.send(Texts.get("training_course.templateFileName"), Downloads.XLSX, enrolments.importTemplate());
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        workbook = null;
        plan = null;
        if (file.getSize() > EnrolmentImport.MAX_MEGABYTES * 1024L * 1024L) {
            throw BusinessException.onField("file", "registration.upload.tooLarge", EnrolmentImport.MAX_MEGABYTES);
        }
        byte[] content = file.getContent();
        plan = enrolments.preview(id, content);
        workbook = content;
    }

    public void importAll() {
        if (workbook == null || plan == null || !plan.valid()) {
            return;
        }
        int count = enrolments.importAll(id, workbook);
        workbook = null;
        plan = null;
        show(courses.course(id));
        Texts.info("training_course.imported", count);
    }

    public String message(ImportProblem problem) {
        return Texts.get(problem.messageKey(), problem.arguments().toArray());
    }

    // ---- attendance, outcomes, certificates ----

    public void mark(long enrolmentId, long sessionId) {
        String mark = marks.get(key(enrolmentId, sessionId));
        EnrolmentView saved = enrolments.mark(enrolmentId, sessionId, mark == null ? null : AttendanceStatus.valueOf(mark));
        replace(saved);
    }

    public void record(long enrolmentId) {
        String outcome = outcomes.get(enrolmentId);
        replace(enrolments.record(enrolmentId, outcome == null ? null : Outcome.valueOf(outcome)));
    }

    private void replace(EnrolmentView saved) {
        show(courses.course(id));
        Texts.info("training_course.markSaved", saved.name());
    }

    public void issueCertificates() {
        int count = enrolments.issueCertificates(id);
        show(courses.course(id));
        Texts.info("training_course.certified", count);
    }

    public void printCertificate(EnrolmentView enrolment) {
        Downloads.send(enrolment.certificateNumber() + ".pdf", "application/pdf", enrolments.certificatePdf(enrolment.id()));
    }

    public void printAttendanceSheet(SessionView s) {
        Downloads.send(Texts.get("training_course.sheetFileName", details.course().code(), s.number()), "application/pdf",
                courses.attendanceSheetPdf(id, s.id()));
    }

    // ---- for the view ----

    public boolean isOffice() {
        return session.hasRole("OFFICER");
    }

    public boolean isCanEnrol() {
        return session.hasRole("OFFICER") || session.hasRole("COMMUNE");
    }

    public boolean isForManagers() {
        return details != null && details.course().audience() == Audience.PRODUCER_MANAGER;
    }

    public List<UnitView> getCommunes() {
        java.util.Set<Long> only = session.getCaller() == null ? null : session.getCaller().onlyUnits();
        return geography.communes().stream().filter(c -> only == null || only.contains(c.id())).toList();
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public Outcome[] getOutcomeValues() {
        return Outcome.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public Topic[] getTopics() {
        return Topic.values();
    }

    public Delivery[] getDeliveries() {
        return Delivery.values();
    }

    public FundingSource[] getFundingSources() {
        return FundingSource.values();
    }

    public String getImportSummary() {
        return plan == null ? null : Texts.get("training_course.importSummary", plan.lines().size(), plan.problems().size());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CourseDetails getDetails() { return details; }
    public CourseForm getForm() { return form; }
    public Map<String, String> getMarks() { return marks; }
    public Map<Long, String> getOutcomes() { return outcomes; }
    public LocalDate getSessionDay() { return sessionDay; }
    public void setSessionDay(LocalDate sessionDay) { this.sessionDay = sessionDay; }
    public String getSessionTopic() { return sessionTopic; }
    public void setSessionTopic(String sessionTopic) { this.sessionTopic = sessionTopic; }
    public Integer getSessionHours() { return sessionHours; }
    public void setSessionHours(Integer sessionHours) { this.sessionHours = sessionHours; }
    public String getSearchText() { return searchText; }
    public void setSearchText(String searchText) { this.searchText = searchText; }
    public List<Trainee> getCandidates() { return candidates; }
    public Long getCommuneId() { return communeId; }
    public void setCommuneId(Long communeId) { this.communeId = communeId; }
    public EnrolmentImport.Plan getPlan() { return plan; }
}
