package vn.ocop.rating.entity;

/** The tiers of the OCOP evaluation (reference §1.2): the commune pre-screens under 1489, the others evaluate. */
public enum EvaluationLevel {
    COMMUNE, DISTRICT, PROVINCE, CENTRAL
}
