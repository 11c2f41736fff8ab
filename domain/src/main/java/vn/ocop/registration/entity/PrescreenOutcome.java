package vn.ocop.registration.entity;

/** What the commune's pre-screen decides: the dossier goes on to the City's council, or back to the producer. */
public enum PrescreenOutcome {
    PASSED, RETURNED
}
