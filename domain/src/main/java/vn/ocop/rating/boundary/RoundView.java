package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.RoundStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An evaluation round as lists and pages show it; {@code criteriaSet} and {@code regime} are codes ("148/QĐ-TTg",
 * "148"); {@code prescreenRequired}: it admits only products whose dossier the commune pre-screened and passed. */
public record RoundView(Long id, EvaluationLevel level, int year, String title, String place, LocalDate startsOn,
                        LocalDate endsOn, RoundStatus status, String criteriaSet, String regime, int products,
                        boolean resultsOpened, LocalDateTime resultsOpenedAt, long version, boolean prescreenRequired) implements Serializable {

    public static RoundView of(EvaluationRound round) {
        return new RoundView(round.getId(), round.getLevel(), round.getYear(), round.getTitle(), round.getPlace(),
                round.getStartsOn(), round.getEndsOn(), round.getStatus(), round.getCriteriaSet().getCode(),
                round.getRegime().getCode(), round.getProducts().size(), round.isResultsOpened(),
                round.getResultsOpenedAt(), round.getVersion(), round.needsPrescreen());
    }
}
