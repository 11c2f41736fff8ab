package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.RegistrationType;

/**
 * A product that may be added to a round: its dossier is submitted, under the round's criteria set.
 * {@code usable} is false when its product set has no scoring sheet that can be used: it cannot be
 * added until the sheet is made whole.
 */
public record CandidateView(long productId, String product, String producer, String commune, String productSet,
                            RegistrationType registrationType, boolean usable) implements Serializable {
}
