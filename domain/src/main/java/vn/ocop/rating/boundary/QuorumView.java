package vn.ocop.rating.boundary;

import java.io.Serializable;

/**
 * The council's quorum for concluding: the scoring members, those present (a member is present
 * when they submitted a sheet or declared a conflict for a product of the round), how many must be,
 * whether the chair must be and is among them, and the members still drafting.
 */
public record QuorumView(int members, int present, int required, boolean chairRequired, boolean chairPresent,
                         int drafting, boolean met) implements Serializable {
}
