package vn.ocop.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One session (buổi học) of a course, on one day, numbered within its course. */
@Entity
@Table(name = "training_session")
public class CourseSession {

    @Id
    @SequenceGenerator(name = "seq_training_session", sequenceName = "seq_training_session", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_training_session")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    @Column(nullable = false)
    private int number;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(length = 300)
    private String topic;

    private Integer hours;

    protected CourseSession() {
    }

    CourseSession(Course course, int number, LocalDate heldOn, String topic, Integer hours) {
        this.course = course;
        this.number = number;
        this.heldOn = heldOn;
        this.topic = topic;
        this.hours = hours;
    }

    boolean within(LocalDate from, LocalDate to) {
        return !heldOn.isBefore(from) && !heldOn.isAfter(to);
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public Integer getHours() {
        return hours;
    }
}
