package vn.ocop.training.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The training of one manager of a producer, for the producer page: the courses they are enrolled
 * in (codes) and those they completed; trained once they completed one.
 */
public record ManagerTraining(Long managerId, String name, String position, List<String> enrolled,
                              List<String> completed) implements Serializable {

    public boolean trained() {
        return !completed.isEmpty();
    }

    public boolean inTraining() {
        return completed.isEmpty() && !enrolled.isEmpty();
    }
}
