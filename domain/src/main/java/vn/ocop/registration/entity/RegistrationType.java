package vn.ocop.registration.entity;

/** Why a dossier is submitted for evaluation. */
public enum RegistrationType {
    FIRST_TIME, UPGRADE, RE_EVALUATION
}
