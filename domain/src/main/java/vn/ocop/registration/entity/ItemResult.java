package vn.ocop.registration.entity;

/** One item of the pre-screen checklist, as the commune officer found it in the dossier. */
public enum ItemResult {
    MET, NOT_MET, NOT_APPLICABLE
}
