package vn.ocop.planning.boundary;

import vn.ocop.planning.entity.Plan;
import vn.ocop.training.entity.Audience;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan as the office writes it: number, date, title, its targets and the training coverage target
 * (in %) per audience; {@code version} is the version read (ignored for a new plan).
 */
public record PlanForm(int year, String number, LocalDate issuedOn, String title, List<Plan.TargetLine> targets,
                       Map<Audience, Integer> training, long version) implements Serializable {

    public PlanForm {
        targets = List.copyOf(targets);
        training = Map.copyOf(training);
    }
}
