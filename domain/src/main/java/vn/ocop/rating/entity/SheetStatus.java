package vn.ocop.rating.entity;

/** A member's score sheet: a draft saved at any time, then submitted and locked. */
public enum SheetStatus {
    DRAFT, SUBMITTED
}
