package vn.ocop.rating.boundary;

import vn.ocop.rating.entity.EvaluationLevel;

import java.io.Serializable;
import java.time.LocalDate;

/** What the office types to create or change a round; the criteria set follows from the first day. */
public class RoundForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private EvaluationLevel level;
    private Integer year;
    private String title;
    private String place;
    private LocalDate startsOn;
    private LocalDate endsOn;

    public static RoundForm of(RoundView round) {
        RoundForm form = new RoundForm();
        form.level = round.level();
        form.year = round.year();
        form.title = round.title();
        form.place = round.place();
        form.startsOn = round.startsOn();
        form.endsOn = round.endsOn();
        return form;
    }

    public EvaluationLevel getLevel() {
        return level;
    }

    public void setLevel(EvaluationLevel level) {
        this.level = level;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
