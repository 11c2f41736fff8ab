package vn.ocop.certification.entity;

import java.time.LocalDate;

/** The day an expiry notice about a certificate was sent, as {@link ExpiryNotice#SENT_FOR} reads them. */
public record NoticeSent(Long certificateId, LocalDate sentOn) {
}
