package vn.ocop.rating.boundary;

import java.util.List;

/** The sheets that count for one product of a round (submitted, by members without a conflict): the input of its result. */
public record ProductScores(RoundProductView product, List<SubmittedSheetView> sheets) {
}
