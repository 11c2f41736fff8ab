package vn.ocop.certification.boundary;

/** How many products a decision names, counted by the database for a list of decisions. */
public record DecisionSize(Long decision, Long products) {
}
