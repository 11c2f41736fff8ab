package vn.ocop.planning.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A plan with its targets and their progress, the plan's own and the training coverage of its year. */
public record PlanView(long id, int year, String number, LocalDate issuedOn, String title, long version,
                       List<TargetProgress> targets) implements Serializable {

    public PlanView {
        targets = List.copyOf(targets);
    }
}
