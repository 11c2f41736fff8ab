package vn.ocop.certification.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An expiry notice recorded as sent; {@code late} when sent after {@code deadline}, the last day on which it was on
 * time (30 days before the certificate's last day).
 */
public record NoticeView(long id, String certificate, LocalDate sentOn, String createdBy, LocalDateTime createdAt, String sha256,
                         boolean late, LocalDate deadline) {
}
