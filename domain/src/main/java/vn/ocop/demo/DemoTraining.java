package vn.ocop.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.ocop.registration.boundary.Producers;
import vn.ocop.registration.entity.FundingSource;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;
import vn.ocop.training.boundary.CourseDetails;
import vn.ocop.training.boundary.CourseForm;
import vn.ocop.training.boundary.Courses;
import vn.ocop.training.boundary.EnrolmentView;
import vn.ocop.training.boundary.Enrolments;
import vn.ocop.training.boundary.SessionView;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.AttendanceStatus;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Delivery;
import vn.ocop.training.entity.Outcome;
import vn.ocop.training.entity.Topic;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The 2019–2020 courses of the district's OCOP plan, run through the training boundaries as the
 * district office: a course for the programme staff of the district and the communes, one on the
 * criteria for the council, and two for the producers' managers (2019: the managers of the first
 * communes; 2020: of the next ones), with attendance (some absences, a few failed assessments) and
 * the certificates of those who completed. So the coverage shows progress and real gaps (the
 * communes not reached, the people who did not complete). Does nothing unless the server is a
 * demonstration server ({@value DemoData#SWITCH}).
 */
@Stateless
@RunAs(Roles.OFFICER)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER})
public class DemoTraining {

    private static final Logger LOG = Logger.getLogger(DemoTraining.class.getName());

    @Inject
    Courses courses;

    @Inject
    Enrolments enrolments;

    @Inject
    Producers producerRegistrations;

    /** Runs the courses for the given producers (their communes); answers how many people completed a course. */
    public int load(List<Long> producerIds) {
        if (!Boolean.getBoolean(DemoData.SWITCH) || producerIds == null || producerIds.isEmpty()) {
            return 0;
        }
        List<Long> communes = producerIds.stream().map(id -> producerRegistrations.producer(id).communeId())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
        int completed = 0;

        long staff = course("DT-2019-01", "Quản lý, điều hành Chương trình OCOP cho cán bộ huyện, xã", Audience.DISTRICT_STAFF,
                Set.of(Topic.PROGRAMME_AND_CYCLE, Topic.SUPPORT_POLICIES), FundingSource.CITY_BUDGET,
                LocalDate.of(2019, 4, 16), LocalDate.of(2019, 4, 17), 16, "Hội trường UBND huyện Đan Phượng", 60);
        for (Trainee person : enrolments.candidates(staff, "")) {
            enrolments.enrol(staff, person.key());
        }
        completed += attend(staff, 0, 0);

        long council = course("DT-2019-02", "Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP",
                Audience.COUNCIL_ADVISORY, Set.of(Topic.EVALUATION_CRITERIA, Topic.COUNCIL_RULES), FundingSource.CITY_BUDGET,
                LocalDate.of(2019, 8, 6), LocalDate.of(2019, 8, 6), 8, "Phòng họp UBND huyện Đan Phượng", 30);
        for (Trainee person : enrolments.candidates(council, "")) {
            enrolments.enrol(council, person.key());
        }
        completed += attend(council, 3, 0);

        long managers2019 = course("DT-2019-03", "Quản trị sản xuất, kinh doanh cho chủ thể OCOP", Audience.PRODUCER_MANAGER,
                Set.of(Topic.BUSINESS_MANAGEMENT, Topic.DOSSIER_PREPARATION, Topic.QUALITY_AND_FOOD_SAFETY),
                FundingSource.CITY_BUDGET, LocalDate.of(2019, 6, 24), LocalDate.of(2019, 6, 26), 24,
                "Hội trường UBND huyện Đan Phượng", 40);
        enrolCommunes(managers2019, communes.subList(0, Math.min(6, communes.size())));
        completed += attend(managers2019, 5, 9);

        long managers2020 = course("DT-2020-01", "Câu chuyện sản phẩm, marketing và xúc tiến thương mại",
                Audience.PRODUCER_MANAGER, Set.of(Topic.PRODUCT_STORY, Topic.MARKETING, Topic.TRADE_PROMOTION),
                FundingSource.DISTRICT_BUDGET, LocalDate.of(2020, 7, 14), LocalDate.of(2020, 7, 15), 16,
                "Trung tâm Văn hóa huyện Đan Phượng", 40);
        enrolCommunes(managers2020, communes.subList(Math.min(6, communes.size()), Math.min(11, communes.size())));
        completed += attend(managers2020, 4, 7);
        LOG.info("Demonstration data: 4 training courses, " + completed + " participants completed");
        return completed;
    }

    private long course(String code, String title, Audience audience, Set<Topic> topics, FundingSource funding,
                        LocalDate from, LocalDate to, int hours, String venue, int capacity) {
        CourseForm form = new CourseForm();
        form.setCode(code);
        form.setTitle(title);
        form.setAudience(audience);
        form.setTopics(List.copyOf(topics));
        form.setOrganiser("Phòng Kinh tế huyện Đan Phượng");
        form.setFundingSource(funding);
        form.setDelivery(Delivery.IN_PERSON);
        form.setStartDate(from);
        form.setEndDate(to);
        form.setHours(hours);
        form.setVenue(venue);
        form.setTrainers("Văn phòng Điều phối nông thôn mới thành phố Hà Nội");
        form.setCapacity(capacity);
        long id = courses.create(form).id();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            courses.addSession(id, courses.course(id).course().version(), day, null, hours / (int) (to.toEpochDay() - from.toEpochDay() + 1));
        }
        return id;
    }

    private void enrolCommunes(long course, List<Long> communes) {
        for (long commune : communes) {
            try {
                enrolments.enrolCommune(course, commune);
            } catch (BusinessException full) {
                LOG.info("Demonstration data: commune " + commune + " not enrolled in course " + course + ": " + full.messageKey());
            }
        }
    }

    /**
     * Marks every participant present at every session but every {@code absentEvery}-th, who misses
     * all but the first; every {@code failEvery}-th fails the assessment (0: nobody). Issues the
     * certificates. Answers how many completed.
     */
    private int attend(long course, int absentEvery, int failEvery) {
        CourseDetails details = courses.course(course);
        if (details.enrolments().isEmpty()) {
            return 0;
        }
        int index = 0;
        for (EnrolmentView participant : details.enrolments()) {
            index++;
            boolean absent = absentEvery > 0 && index % absentEvery == 0;
            for (SessionView session : details.sessions()) {
                enrolments.mark(participant.id(), session.id(),
                        absent && session.number() > 1 ? AttendanceStatus.ABSENT
                                : index % 4 == 0 && session.number() == 1 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT);
            }
            enrolments.record(participant.id(), failEvery > 0 && index % failEvery == 0 ? Outcome.FAILED : Outcome.PASSED);
        }
        // Certificates of a course held before the portal carry the day they were issued: the course's last day.
        return enrolments.issueCertificates(course, details.course().endDate());
    }
}
