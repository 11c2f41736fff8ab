package vn.ocop.rating.boundary;

import java.io.Serializable;

import java.math.BigDecimal;

/** A product in an advisory member's pre-scoring queue: its round, and the group's pre-score total once recorded. */
public record AdvisoryQueueItem(RoundView round, RoundProductView product, BigDecimal preScore) implements Serializable {
}
