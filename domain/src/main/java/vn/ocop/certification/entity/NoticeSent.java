package vn.ocop.certification.entity;

import java.time.LocalDate;

/** The day the first expiry notice about a certificate was sent, as {@link ExpiryNotice#SENT_FOR} reads it. */
public record NoticeSent(Long certificateId, LocalDate firstSentOn) {
}
