package vn.ocop.certification.boundary;

import java.io.Serializable;

import java.time.LocalDate;

/** A concluded round whose products the district may recognise, and the decision drafted from it, if any. */
public record RoundToRecognise(long roundId, String title, int year, LocalDate endsOn, long recognised, Long decisionId) implements Serializable {
}
