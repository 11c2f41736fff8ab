package vn.ocop.training.entity;

/** The result of a participant's final assessment. */
public enum Outcome {
    PASSED, FAILED
}
