package vn.ocop.certification.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An expiry notice recorded as sent. */
public record NoticeView(long id, String certificate, LocalDate sentOn, String createdBy, LocalDateTime createdAt, String sha256) {
}
