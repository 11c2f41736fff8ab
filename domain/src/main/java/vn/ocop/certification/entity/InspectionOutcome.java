package vn.ocop.certification.entity;

/**
 * What an inspection concluded: the product still meets its recognition (COMPLIANT), the producer must remedy what
 * was found by a day (TO_REMEDY), or the inspectors propose that the recognition be revoked (PROPOSE_REVOCATION).
 */
public enum InspectionOutcome {
    COMPLIANT, TO_REMEDY, PROPOSE_REVOCATION
}
