package vn.ocop.rating.entity;

/** The tiers of the OCOP evaluation (148/QĐ-TTg as amended by 1489/QĐ-TTg): the commune pre-screens under 1489, the others evaluate. */
public enum EvaluationLevel {
    COMMUNE, DISTRICT, PROVINCE, CENTRAL
}
