package vn.ocop.certification.control;

import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.rating.entity.EvaluationLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Which People's Committee recognises the products of a round: a rule on the bodies' data. */
public final class Issuers {

    private Issuers() {
    }

    /**
     * The body that recognises the products of a round of that level, under that regime, ending on that day: of the
     * round's level, recognising some class under the regime and existing on the day; the server's own body when it
     * is one of them, else the only one; none when there is none or the choice is not clear.
     */
    public static Optional<IssuingBody> recognising(List<IssuingBody> bodies, EvaluationLevel level, String regimeCode,
                                                    LocalDate lastDay, String deployedCode) {
        List<IssuingBody> candidates = bodies.stream().filter(b -> b.getLevel().name().equals(level.name())
                && b.recognisesUnder(regimeCode) && b.inOfficeOn(lastDay)).toList();
        return candidates.stream().filter(b -> b.getCode().equals(deployedCode)).findFirst()
                .or(() -> candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty());
    }
}
