package vn.ocop.planning.web;

import vn.ocop.training.entity.Audience;

import java.io.Serializable;

/** The training target of an audience in the plan form (typed, so the page converts the number). */
public class PlanTrainingRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Audience audience;
    private Integer percent;

    PlanTrainingRow(Audience audience, Integer percent) {
        this.audience = audience;
        this.percent = percent;
    }

    public Audience getAudience() { return audience; }
    public Integer getPercent() { return percent; }
    public void setPercent(Integer percent) { this.percent = percent; }
}
