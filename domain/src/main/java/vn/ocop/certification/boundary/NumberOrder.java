package vn.ocop.certification.boundary;

import java.time.LocalDate;

/**
 * A register number out of order: the number and date typed, and the body's decision of the same year with which
 * they are out of order (signed earlier with a higher number, or later with a lower one).
 */
public record NumberOrder(String number, LocalDate signedOn, String otherNumber, LocalDate otherSignedOn) {
}
