package vn.ocop.training.boundary;

import vn.ocop.registration.entity.FundingSource;
import vn.ocop.training.entity.Course;
import vn.ocop.training.entity.Topic;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the course page shows, read in one transaction: the course, its sessions and its
 * participants (a commune officer sees those of their commune only; the counts are the course's).
 */
public record CourseDetails(CourseView course, List<Topic> topics, String organiser, FundingSource fundingSource,
                            Integer hours, String venue, String trainers, int minAttendance, boolean passRequired,
                            List<SessionView> sessions, List<EnrolmentView> enrolments, long certified)
        implements Serializable {

    static CourseDetails of(Course c, long enrolled, long completed, List<EnrolmentView> enrolments, long certified) {
        return new CourseDetails(CourseView.of(c, enrolled, completed), new ArrayList<>(c.getTopics()), c.getOrganiser(),
                c.getFundingSource(), c.getHours(), c.getVenue(), c.getTrainers(), c.getMinAttendance(),
                c.isPassRequired(), c.getSessions().stream().map(SessionView::of).toList(), enrolments, certified);
    }

    /** A form holding the current values, for editing. */
    public CourseForm form() {
        CourseForm form = new CourseForm();
        form.setCode(course.code());
        form.setTitle(course.title());
        form.setTopics(topics);
        form.setAudience(course.audience());
        form.setOrganiser(organiser);
        form.setFundingSource(fundingSource);
        form.setDelivery(course.delivery());
        form.setStartDate(course.startDate());
        form.setEndDate(course.endDate());
        form.setHours(hours);
        form.setVenue(venue);
        form.setTrainers(trainers);
        form.setCapacity(course.capacity());
        form.setMinAttendance(minAttendance);
        form.setPassRequired(passRequired);
        return form;
    }

    /** Whether certificates were issued, which freezes the course's details. */
    public boolean frozen() {
        return certified > 0;
    }
}
