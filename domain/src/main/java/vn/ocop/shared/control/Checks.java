package vn.ocop.shared.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks of a form's fields one after the other and reports every rule broken at once
 * ({@link BusinessException#all}), instead of the first only: the page then shows each problem next to its field.
 */
public final class Checks {

    private Checks() {
    }

    /** Runs every check; throws the problems found, all of them, or returns when there is none. */
    public static void all(Runnable... checks) {
        List<BusinessException> problems = new ArrayList<>();
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (BusinessException problem) {
                problems.addAll(problem.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessException.all(problems);
        }
    }
}
