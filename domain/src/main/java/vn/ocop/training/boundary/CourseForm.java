package vn.ocop.training.boundary;

import vn.ocop.registration.entity.FundingSource;
import vn.ocop.training.control.CompletionRule;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Course;
import vn.ocop.training.entity.Delivery;
import vn.ocop.training.entity.Topic;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** What a user types to open or change a course; the entity checks every rule. */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String title;
    private List<Topic> topics = new ArrayList<>();
    private Audience audience;
    private String organiser;
    private FundingSource fundingSource;
    private Delivery delivery = Delivery.IN_PERSON;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer hours;
    private String venue;
    private String trainers;
    private Integer capacity = 60;
    private Integer minAttendance = CompletionRule.DEFAULT_ATTENDANCE;
    private boolean passRequired = true;

    Course.Terms terms() {
        return new Course.Terms(title, topics == null || topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics),
                audience, organiser, fundingSource, delivery, startDate, endDate, hours, venue, trainers, capacity,
                minAttendance, passRequired);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<Topic> getTopics() { return topics; }
    public void setTopics(List<Topic> topics) { this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics); }
    /** The topics as an array, for a multiple choice of the page (which converts an array's elements by their type). */
    public Topic[] getTopicArray() { return topics.toArray(Topic[]::new); }
    public void setTopicArray(Topic[] chosen) { this.topics = chosen == null ? new ArrayList<>() : new ArrayList<>(List.of(chosen)); }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public String getOrganiser() { return organiser; }
    public void setOrganiser(String organiser) { this.organiser = organiser; }
    public FundingSource getFundingSource() { return fundingSource; }
    public void setFundingSource(FundingSource fundingSource) { this.fundingSource = fundingSource; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Integer getHours() { return hours; }
    public void setHours(Integer hours) { this.hours = hours; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getTrainers() { return trainers; }
    public void setTrainers(String trainers) { this.trainers = trainers; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public Integer getMinAttendance() { return minAttendance; }
    public void setMinAttendance(Integer minAttendance) { this.minAttendance = minAttendance; }
    public boolean isPassRequired() { return passRequired; }
    public void setPassRequired(boolean passRequired) { this.passRequired = passRequired; }
}
