package vn.ocop.training.entity;

/** How a course is given. */
public enum Delivery {
    IN_PERSON, ONLINE, TRAINING_OF_TRAINERS
}
