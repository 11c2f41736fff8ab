package vn.ocop.registration.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.PrescreenOutcome;

import java.time.LocalDate;

/** A row of the list of pre-screened dossiers (the City office's view of every commune's pre-screens). */
public record PrescreenedView(Long prescreenId, Long productId, String product, String producer, String commune,
                              String bodyCode, PrescreenOutcome outcome, LocalDate screenedOn, String officer) implements Serializable {
}
