package vn.ocop.certification.boundary;

import java.io.Serializable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a product's history: the registration (its dossier's number, the day it was submitted, its type), the
 * round that evaluated it (null while none did) and the certificate its recognition gave (null when none).
 */
public record EvaluationRow(Registration registration, Evaluation evaluation, Recognition recognition) implements Serializable {

    /** A submitted dossier: the product's n-th, the day, FIRST_TIME / RE_EVALUATION / UPGRADE (null: not recorded). */
    public record Registration(int dossier, LocalDate submittedOn, String type) implements Serializable {
    }

    /** A round's result for the dossier: year, level, title, mean, class found (null while not concluded), conclusion. */
    public record Evaluation(int year, String level, String round, BigDecimal mean, Integer stars, String conclusion) implements Serializable {
    }

    /** The certificate: number, class printed, whether it confers it, first day, state today, what superseded it. */
    public record Recognition(String number, int stars, boolean confersClass, LocalDate validFrom, String status,
                              String supersededBy) implements Serializable {
    }
}
