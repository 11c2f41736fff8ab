package vn.ocop.training.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;
import vn.ocop.training.control.CompletionRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A training course (khóa đào tạo, lớp tập huấn): what it teaches, for whom, who organises and
 * pays, when and where, how many it takes, and its completion rule. Its sessions are numbered in
 * the order they were added. Once a certificate of the course is issued, the course's details are
 * frozen (they are printed on the certificate).
 */
@Entity
@Table(name = "training_course")
@NamedQuery(name = Course.BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
@NamedQuery(name = Course.DATE_RANGE, query = "SELECT NEW vn.ocop.shared.entity.DateSpan(MIN(c.startDate), MAX(c.endDate))"
        + " FROM Course c")
public class Course implements Auditable {

    public static final String BY_CODE = "Course.byCode";
    public static final String DATE_RANGE = "Course.dateRange";
    public static final int MAX_CAPACITY = 500;
    public static final int MAX_SESSION_TOPIC = 300;
    public static final int MAX_SESSION_HOURS = 24;

    @Id
    @SequenceGenerator(name = "seq_training_course", sequenceName = "seq_training_course", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_training_course")
    private Long id;

    @Column(nullable = false, length = 30, updatable = false)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "title_key", nullable = false, length = 300)
    private String titleKey;

    @Column(nullable = false, length = 500)
    private String topics;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Audience audience;

    @Column(nullable = false, length = 200)
    private String organiser;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false, length = 30)
    private FundingSource fundingSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Delivery delivery;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    private Integer hours;

    @Column(length = 300)
    private String venue;

    @Column(length = 500)
    private String trainers;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "min_attendance", nullable = false)
    private int minAttendance = CompletionRule.DEFAULT_ATTENDANCE;

    @Column(name = "pass_required", nullable = false)
    private boolean passRequired = true;

    @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<CourseSession> sessions = new ArrayList<>();

    @Version
    private long version;

    /** What a course is about and when, as the form gives it. */
    public record Terms(String title, Set<Topic> topics, Audience audience, String organiser, FundingSource fundingSource,
                        Delivery delivery, LocalDate startDate, LocalDate endDate, Integer hours, String venue,
                        String trainers, Integer capacity, Integer minAttendance, boolean passRequired) {
    }

    protected Course() {
    }

    public Course(String code, Terms terms) {
        String[] canonical = new String[1];
        Checks.all(() -> {
            canonical[0] = VietnameseText.required("code", code, 30).toUpperCase(Locale.ROOT).replace(' ', '-');
            if (!canonical[0].matches("[A-Z0-9][A-Z0-9./_-]*")) {
                throw BusinessException.onField("code", "training.course.codeFormat");
            }
        }, () -> check(terms));
        this.code = canonical[0];
        change(terms);
    }

    /** Every problem of the terms at once, each on its field. */
    private void check(Terms terms) {
        Checks.all(
                () -> VietnameseText.required("title", terms.title(), 300),
                () -> required("audience", terms.audience()),
                () -> VietnameseText.required("organiser", terms.organiser(), 200),
                () -> required("fundingSource", terms.fundingSource()),
                () -> required("delivery", terms.delivery()),
                () -> {
                    if (terms.topics() == null || terms.topics().isEmpty()) {
                        throw BusinessException.onField("topics", "training.course.topicsRequired");
                    }
                },
                () -> required("startDate", terms.startDate()),
                () -> {
                    required("endDate", terms.endDate());
                    if (terms.startDate() != null && terms.endDate().isBefore(terms.startDate())) {
                        throw BusinessException.onField("endDate", "training.course.endBeforeStart");
                    }
                    for (CourseSession session : sessions) {
                        if (terms.startDate() != null && !session.within(terms.startDate(), terms.endDate())) {
                            throw BusinessException.onField("endDate", "training.session.outsideCourse");
                        }
                    }
                },
                () -> {
                    if (terms.capacity() == null || terms.capacity() < 1 || terms.capacity() > MAX_CAPACITY) {
                        throw BusinessException.onField("capacity", "training.course.capacityRange", MAX_CAPACITY);
                    }
                },
                () -> {
                    if (terms.hours() != null && terms.hours() < 1) {
                        throw BusinessException.onField("hours", "error.negative");
                    }
                },
                () -> new CompletionRule(terms.minAttendance() == null ? CompletionRule.DEFAULT_ATTENDANCE : terms.minAttendance(),
                        terms.passRequired()));
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw BusinessException.onField(field, "error.required");
        }
    }

    /** Changes the details; refused once a certificate of the course was issued (the caller checks). */
    public final void change(Terms terms) {
        check(terms);
        int attendance = terms.minAttendance() == null ? CompletionRule.DEFAULT_ATTENDANCE : terms.minAttendance();
        this.title = VietnameseText.required("title", terms.title(), 300);
        this.titleKey = VietnameseText.searchKey(this.title);
        this.topics = terms.topics().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.audience = terms.audience();
        this.organiser = VietnameseText.required("organiser", terms.organiser(), 200);
        this.fundingSource = terms.fundingSource();
        this.delivery = terms.delivery();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        this.hours = terms.hours();
        this.venue = VietnameseText.normalise(terms.venue());
        this.trainers = VietnameseText.normalise(terms.trainers());
        this.capacity = terms.capacity();
        this.minAttendance = attendance;
        this.passRequired = terms.passRequired();
    }

    /**
     * Adds a session on a day within the course, numbered after the last one. Every problem is reported at once, each on
     * its field (the day, the topic, the hours).
     */
    public CourseSession addSession(LocalDate on, String topic, Integer hours) {
        Checks.all(
                () -> {
                    if (on == null) {
                        throw BusinessException.onField("heldOn", "error.required");
                    }
                    if (on.isBefore(startDate) || on.isAfter(endDate)) {
                        throw BusinessException.onField("heldOn", "training.session.outsideCourse");
                    }
                },
                () -> {
                    String text = VietnameseText.normalise(topic);
                    if (text != null && text.length() > MAX_SESSION_TOPIC) {
                        throw BusinessException.onField("sessionTopic", "error.tooLong", MAX_SESSION_TOPIC);
                    }
                },
                () -> {
                    if (hours != null && (hours < 1 || hours > MAX_SESSION_HOURS)) {
                        throw BusinessException.onField("sessionHours", "training.session.hours", MAX_SESSION_HOURS);
                    }
                });
        int number = sessions.stream().mapToInt(CourseSession::getNumber).max().orElse(0) + 1;
        CourseSession session = new CourseSession(this, number, on, VietnameseText.normalise(topic), hours);
        sessions.add(session);
        return session;
    }

    public void removeSession(long sessionId) {
        if (!sessions.removeIf(s -> s.getId() != null && s.getId() == sessionId)) {
            throw new BusinessException("error.notFound");
        }
    }

    /** Whether the person's audience may take this course. */
    public void checkAdmits(Audience person) {
        if (!audience.admits(person)) {
            throw new BusinessException("training.enrolment.wrongAudience");
        }
    }

    /** Whether one more person fits, given how many are enrolled. */
    public void checkRoomFor(long enrolled, int more) {
        if (enrolled + more > capacity) {
            throw new BusinessException("training.enrolment.full", capacity, Math.max(0, capacity - enrolled));
        }
    }

    public CompletionRule completionRule() {
        return new CompletionRule(minAttendance, passRequired);
    }

    public Set<Topic> getTopics() {
        return topics == null || topics.isEmpty() ? EnumSet.noneOf(Topic.class)
                : Arrays.stream(topics.split(",")).map(Topic::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
    }

    @Override
    public String auditType() {
        return "Course";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "code=" + code + "; title=" + title + "; audience=" + audience + "; topics=" + topics + "; organiser="
                + organiser + "; funding=" + fundingSource + "; delivery=" + delivery + "; dates=" + startDate + ".."
                + endDate + "; hours=" + hours + "; venue=" + venue + "; trainers=" + trainers + "; capacity=" + capacity
                + "; rule=" + minAttendance + "%" + (passRequired ? "+pass" : "") + "; sessions=" + sessions.size();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getOrganiser() {
        return organiser;
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Integer getHours() {
        return hours;
    }

    public String getVenue() {
        return venue;
    }

    public String getTrainers() {
        return trainers;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getMinAttendance() {
        return minAttendance;
    }

    public boolean isPassRequired() {
        return passRequired;
    }

    public List<CourseSession> getSessions() {
        return List.copyOf(sessions);
    }

    public long getVersion() {
        return version;
    }
}
