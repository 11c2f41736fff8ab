package vn.ocop.rating.boundary;

import java.io.Serializable;

import java.util.List;

/** The round page: the round, its products, its council and each scoring member's progress. */
public record RoundDetails(RoundView round, List<RoundProductView> products, CouncilView council,
                           List<MemberProgress> progress) implements Serializable {
}
