package vn.ocop.statistics.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The star class of a product on a date: the class of the latest of the recognitions that hold on that date, its
 * district certificates ({@code valid_from} ≤ date ≤ {@code valid_until}, not revoked on or before the date) and the
 * products of received decisions of higher levels (signed by the date, valid until at least the date). A product with
 * none is not rated ({@value #UNRATED}). The statistics' queries apply the same conditions in the database, leave out
 * a recognition replaced by a later one of the same source by that date, and merge the two sources' classes per
 * product with {@link #highest(Map, Map)}.
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
     * The recognition that gives the class in force on the day: of those that hold, the one recognised last (a
     * re-evaluation or an upgrade replaces the earlier class, whether the class rose or fell); on the same day the
     * highest class, then the one that holds longer, then a district certificate (it has a number to show).
     */
    public static Optional<Recognition> on(LocalDate date, Collection<Recognition> recognitions) {
        return recognitions.stream().filter(r -> r.holdsOn(date))
                .max(Comparator.comparing(Recognition::from).thenComparingInt(Recognition::stars).thenComparing(Recognition::until)
                        .thenComparing(r -> r.certificateNumber() != null));
    }

    /** The class on the day, {@value #UNRATED} when none holds. */
    public static int starsOn(LocalDate date, Collection<Recognition> recognitions) {
        return on(date, recognitions).map(Recognition::stars).orElse(UNRATED);
    }

    /** Per product, the higher of the two sources' classes (each map: product id to its highest class there). */
    public static Map<Long, Integer> highest(Map<Long, Integer> certificates, Map<Long, Integer> received) {
        Map<Long, Integer> merged = new HashMap<>(certificates);
        received.forEach((product, stars) -> merged.merge(product, stars, Math::max));
        return merged;
    }
}
