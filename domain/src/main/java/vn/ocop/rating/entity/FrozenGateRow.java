package vn.ocop.rating.entity;

import vn.ocop.rating.control.GateReason;

import java.math.BigDecimal;

/**
 * A frozen missed mark with its round product, as {@link RoundProduct#GATES_OF_ROUND} reads them for a whole round;
 * the points required as the sheet prints them ("3", not the column's "3.00"), like a live result.
 */
public record FrozenGateRow(long roundProductId, GateReason reason) {

    public FrozenGateRow(Long roundProductId, Integer stars, String criterionCode, String criterionTitle, String criterion,
                         String option, BigDecimal required, BigDecimal found, Integer sheetsMet, Integer sheets) {
        this(roundProductId, new GateReason(stars, criterionCode, criterionTitle, criterion, option, FrozenGate.printed(required),
                found, sheetsMet, sheets));
    }
}
