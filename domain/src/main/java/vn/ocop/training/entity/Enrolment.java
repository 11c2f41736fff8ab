package vn.ocop.training.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerManager;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.entity.Auditable;
import vn.ocop.shared.entity.IssuedFile;
import vn.ocop.training.control.CompletionRule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * A person enrolled in a course: a manager of a producer or a user account, with the name, audience,
 * producer and unit as they were at enrolment. Holds the attendance per session and the outcome,
 * and whether the course's completion rule is met (kept, so lists and coverage need not recompute
 * it). Once the completion certificate is issued, attendance and outcome are frozen.
 */
@Entity
@Table(name = "training_enrolment")
@NamedQuery(name = Enrolment.OF_COURSE, query = "SELECT e FROM Enrolment e WHERE e.course = :course ORDER BY e.id")
@NamedQuery(name = Enrolment.COUNT_OF_COURSE, query = "SELECT COUNT(e) FROM Enrolment e WHERE e.course = :course")
@NamedQuery(name = Enrolment.COUNTS, query = "SELECT NEW vn.ocop.shared.entity.CountOf(c.id, COUNT(e)) FROM Enrolment e JOIN e.course c"
        + " WHERE c.id IN :ids AND e.completed IN :completed GROUP BY c.id")
@NamedQuery(name = Enrolment.OF_MANAGER, query = "SELECT e FROM Enrolment e JOIN FETCH e.course WHERE e.manager.id = :id ORDER BY e.course.startDate, e.id")
@NamedQuery(name = Enrolment.OF_USER, query = "SELECT e FROM Enrolment e JOIN FETCH e.course WHERE e.user.id = :id ORDER BY e.course.startDate, e.id")
@NamedQuery(name = Enrolment.OF_MANAGERS, query = "SELECT NEW vn.ocop.training.entity.ManagerCourse(m.id, e.completed, c.code)"
        + " FROM Enrolment e JOIN e.manager m JOIN e.course c WHERE m.id IN "
        + ":ids ORDER BY c.startDate")
@NamedQuery(name = Enrolment.PERSONS_OF_COURSE, query = "SELECT NEW vn.ocop.training.entity.EnrolledPerson(m.id, u.id)"
        + " FROM Enrolment e LEFT JOIN e.manager m LEFT JOIN e.user u WHERE e.course = :course")
@NamedQuery(name = Enrolment.COMPLETIONS, query = "SELECT NEW vn.ocop.training.entity.CompletedCourse(m.id, u.id, c.audience, c.endDate)"
        + " FROM Enrolment e JOIN e.course c"
        + " LEFT JOIN e.manager m LEFT JOIN e.user u WHERE e.completed = :completed")
@NamedQuery(name = Enrolment.BY_CERTIFICATE, query = "SELECT e FROM Enrolment e JOIN FETCH e.course WHERE e.certificateNumber = :number")
@NamedQuery(name = Enrolment.CERTIFIED_IN_COURSE, query = "SELECT COUNT(e) FROM Enrolment e WHERE e.course = :course AND e.certificateNumber IS NOT NULL")
public class Enrolment implements Auditable {

    public static final String OF_COURSE = "Enrolment.ofCourse";
    public static final String COUNT_OF_COURSE = "Enrolment.countOfCourse";
    public static final String COUNTS = "Enrolment.counts";
    public static final String OF_MANAGER = "Enrolment.ofManager";
    public static final String OF_USER = "Enrolment.ofUser";
    public static final String OF_MANAGERS = "Enrolment.ofManagers";
    public static final String PERSONS_OF_COURSE = "Enrolment.personsOfCourse";
    public static final String COMPLETIONS = "Enrolment.completions";
    public static final String BY_CERTIFICATE = "Enrolment.byCertificate";
    public static final String CERTIFIED_IN_COURSE = "Enrolment.certifiedInCourse";

    @Id
    @SequenceGenerator(name = "seq_training_enrolment", sequenceName = "seq_training_enrolment", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_training_enrolment")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id", updatable = false)
    private ProducerManager manager;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", updatable = false)
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Audience audience;

    @Column(nullable = false, length = 120, updatable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "producer_id", updatable = false)
    private Producer producer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", updatable = false)
    private AdministrativeUnit unit;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "session_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Map<Long, AttendanceStatus> attendance = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Outcome outcome;

    @Column(nullable = false)
    private boolean completed;

    @Column(name = "certificate_number", length = 20)
    private String certificateNumber;

    /** The certificate's print as it was issued (null only for a certificate issued before V28). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_pdf_id")
    private IssuedFile certificatePdf;

    @Column(name = "certified_on")
    private LocalDate certifiedOn;

    @Column(name = "enrolled_by", nullable = false, length = 60, updatable = false)
    private String enrolledBy;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private LocalDateTime enrolledAt;

    @Version
    private long version;

    protected Enrolment() {
    }

    private Enrolment(Course course, Audience audience, String name, Producer producer, AdministrativeUnit unit,
                      LocalDateTime at, String actor) {
        course.checkAdmits(audience);
        this.course = course;
        this.audience = audience;
        this.name = name;
        this.producer = producer;
        this.unit = unit;
        this.enrolledAt = at;
        this.enrolledBy = actor;
    }

    /** A manager of a producer, in the producer's commune. */
    public static Enrolment ofManager(Course course, ProducerManager manager, Producer producer, LocalDateTime at, String actor) {
        Enrolment enrolment = new Enrolment(course, Audience.PRODUCER_MANAGER, manager.getName(), producer,
                producer.getCommune(), at, actor);
        enrolment.manager = manager;
        return enrolment;
    }

    /** A user of the district office, a commune or a council, in their unit. */
    public static Enrolment ofUser(Course course, UserAccount user, Audience audience, LocalDateTime at, String actor) {
        Enrolment enrolment = new Enrolment(course, audience, user.getFullName(), null, user.getUnit(), at, actor);
        enrolment.user = user;
        return enrolment;
    }

    /** Records the participant at a session of the course (null clears the mark). */
    public void mark(CourseSession session, AttendanceStatus status) {
        checkOpen();
        if (status == null) {
            attendance.remove(session.getId());
        } else {
            attendance.put(session.getId(), status);
        }
        review();
    }

    public void record(Outcome outcome) {
        checkOpen();
        this.outcome = outcome;
        review();
    }

    /** Applies the course's completion rule again (after a change of attendance, outcome, sessions or rule). */
    public void review() {
        CompletionRule.Standing standing = standing();
        this.completed = standing.completed();
    }

    public CompletionRule.Standing standing() {
        Map<Long, AttendanceStatus> ofSessions = new HashMap<>();
        course.getSessions().forEach(s -> {
            if (attendance.containsKey(s.getId())) {
                ofSessions.put(s.getId(), attendance.get(s.getId()));
            }
        });
        return course.completionRule().evaluate(course.getSessions().size(), ofSessions.values(), outcome);
    }

    /** Issues the completion certificate under the given number, on that day. */
    public void certify(String number, LocalDate on) {
        if (!completed) {
            throw new BusinessException("training.certificate.notCompleted", name);
        }
        if (certificateNumber != null) {
            throw new BusinessException("training.certificate.alreadyIssued", certificateNumber);
        }
        this.certificateNumber = number;
        this.certifiedOn = on;
    }

    public boolean isCertified() {
        return certificateNumber != null;
    }

    /** Keeps the certificate's print as issued; a print once kept is never replaced. */
    public void certificatePrinted(IssuedFile file) {
        if (!isCertified() || certificatePdf != null) {
            throw new IllegalStateException("enrolment " + id + ": no certificate to print, or printed already");
        }
        this.certificatePdf = file;
    }

    public IssuedFile getCertificatePdf() {
        return certificatePdf;
    }

    /** Whether the participant may still be taken off the course (nothing recorded for them yet). */
    public void checkRemovable() {
        if (isCertified() || !attendance.isEmpty() || outcome != null) {
            throw new BusinessException("training.enrolment.hasRecords", name);
        }
    }

    private void checkOpen() {
        if (isCertified()) {
            throw new BusinessException("training.enrolment.certified", name, certificateNumber);
        }
    }

    /** The key of the person (see {@code Trainee}), or null when the manager was removed from the producer. */
    public String personKey() {
        if (manager != null) {
            return "M" + manager.getId();
        }
        return user == null ? null : "U" + user.getId();
    }

    @Override
    public String auditType() {
        return "Enrolment";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "course=" + course.getCode() + "; person=" + personKey() + "; name=" + name + "; attendance=" + attendance
                + "; outcome=" + outcome + "; completed=" + completed + "; certificate=" + certificateNumber;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getName() {
        return name;
    }

    public Producer getProducer() {
        return producer;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    public Map<Long, AttendanceStatus> getAttendance() {
        return Map.copyOf(attendance);
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public boolean isCompleted() {
        return completed;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getCertifiedOn() {
        return certifiedOn;
    }

    public long getVersion() {
        return version;
    }
}
