package vn.ocop.certification.entity;

/** An inspection after recognition: planned in the body's yearly programme (PERIODIC) or without notice (SURPRISE). */
public enum InspectionKind {
    PERIODIC, SURPRISE
}
