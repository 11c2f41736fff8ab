package vn.ocop.certification.control;

import vn.ocop.certification.entity.CertificateStatus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How long a certificate holds (148/QĐ-TTg): 36 months from the date the decision was signed. The last day of
 * validity is the day before the same date 36 months later (signed 05/12/2019: valid to 04/12/2022 inclusive,
 * expired from 05/12/2022). A certificate with {@value #EXPIRING_DAYS} days or less left is expiring: the notice to
 * the producer is due (at least 30 days before the end).
 */
public record Validity(LocalDate from, LocalDate until) {

    public static final int MONTHS = 36;
    public static final int EXPIRING_DAYS = 30;

    public Validity {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until before from");
        }
    }

    /** The validity of a certificate of a decision signed on that day. */
    public static Validity fromSigning(LocalDate signedOn) {
        return new Validity(signedOn, signedOn.plusMonths(MONTHS).minusDays(1));
    }

    /** The first day on which the certificate no longer holds. */
    public LocalDate expiresOn() {
        return until.plusDays(1);
    }

    /** Days of validity left after {@code today} (0 on the last day, negative once expired). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, until);
    }

    /**
     * Whether a later recognition of the product signed on {@code on} replaces a certificate of this validity: signed
     * after its first day (one of the same day is not later) and while it holds, on or before its last day (an expired
     * certificate stays expired).
     */
    public boolean replacedOn(LocalDate on) {
        return on.isAfter(from) && !on.isAfter(until);
    }

    /** Whether the day is within the validity (its first to its last day). */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    /** The state on a day: revoked wins; then expired, expiring (30 days or less left) or valid. */
    public CertificateStatus on(LocalDate today, boolean revoked) {
        if (revoked) {
            return CertificateStatus.REVOKED;
        }
        long left = daysLeft(today);
        if (left < 0) {
            return CertificateStatus.EXPIRED;
        }
        return left <= EXPIRING_DAYS ? CertificateStatus.EXPIRING : CertificateStatus.VALID;
    }
}
