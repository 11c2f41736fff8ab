package vn.ocop.certification.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The star class of a product on a date: the class of its latest recognition started by that date, when that one still
 * holds (a re-evaluation or an upgrade replaces the earlier class whether it rose or fell, and the earlier recognition
 * stays replaced: when the latest is revoked or has lapsed, the product has no class until it is recognised again).
 * The recognitions are its certificates that confer a class ({@code valid_from} ≤ date ≤ {@code valid_until}, not
 * revoked on or before the date) and the products of received decisions of higher levels (signed by the date, valid
 * until at least the date). A product with none in force is not rated ({@value #UNRATED}).
 */
public final class StarClass {

    public static final int UNRATED = 0;

    private StarClass() {
    }

    /**
     * A recognition of a product in a class: a district certificate (with its number) or a received decision's line
     * (no number: the certificate is the higher level's).
     */
    public record Recognition(int stars, LocalDate from, LocalDate until, LocalDate revokedOn, String certificateNumber) {

        public static Recognition certificate(String number, int stars, LocalDate validFrom, LocalDate validUntil,
                                              LocalDate revokedOn) {
            return new Recognition(stars, validFrom, validUntil, revokedOn, number);
        }

        public static Recognition received(int stars, LocalDate signedOn, LocalDate validUntil) {
            return new Recognition(stars, signedOn, validUntil, null, null);
        }

        /** Whether it holds on the day: started, not ended, not revoked on or before it. */
        public boolean holdsOn(LocalDate date) {
            return !from.isAfter(date) && !until.isBefore(date) && (revokedOn == null || revokedOn.isAfter(date));
        }
    }

    /**
     * The recognition that gives the class in force on the day: of those started by the day, the one recognised last
     * (on the same day the highest class, then the one that holds longer, then a certificate: it has a number to show),
     * when it holds on the day; empty when it does not (revoked or lapsed: an earlier one it replaced does not return).
     */
    public static Optional<Recognition> on(LocalDate date, Collection<Recognition> recognitions) {
        return recognitions.stream().filter(r -> !r.from().isAfter(date))
                .max(Comparator.comparing(Recognition::from).thenComparingInt(Recognition::stars).thenComparing(Recognition::until)
                        .thenComparing(r -> r.certificateNumber() != null))
                .filter(r -> r.holdsOn(date));
    }

    /** The class on the day, {@value #UNRATED} when none holds. */
    public static int starsOn(LocalDate date, Collection<Recognition> recognitions) {
        return on(date, recognitions).map(Recognition::stars).orElse(UNRATED);
    }
}
