package vn.ocop.registration.entity;

/** Whether a producer takes part in the programme. */
public enum ProducerStatus {
    ACTIVE, INACTIVE
}
