package vn.ocop.statistics.boundary;

import java.io.Serializable;

import vn.ocop.registration.entity.ProducerType;
import vn.ocop.statistics.control.Period;
import vn.ocop.training.entity.Audience;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a period in the caller's scope (see the package description for the definitions).
 *
 * @param productsByStars star class (0: not rated) to the number of products in it on the period's last day
 */
public record StatisticsView(Period period, List<GroupCount> productsByGroup, List<CommuneCount> productsByCommune,
                             Map<Integer, Long> productsByStars, List<TypeCount> producersByType,
                             CertificateCounts certificates, List<TrainingCount> training) implements Serializable {

    /** The classes every table shows, highest first, then the products not rated. */
    public static final List<Integer> CLASSES = List.of(5, 4, 3);

    public long products() {
        return productsByGroup.stream().mapToLong(GroupCount::count).sum();
    }

    public record GroupCount(String group, long count) implements Serializable {
    }

    /** The products of a commune, and per class (0: not rated). */
    public record CommuneCount(Long id, String code, String name, long count, Map<Integer, Long> byStars) implements Serializable {

        public long stars(int stars) {
            return byStars.getOrDefault(stars, 0L);
        }
    }

    public record TypeCount(ProducerType type, long active, long withProduct) implements Serializable {
    }

    /**
     * The certificates issued in the period and the state at its end of those issued by then (superseded: replaced by a
     * later recognition); the inspections after recognition held in the period, by their conclusion.
     */
    public record CertificateCounts(long issued, long valid, long expiring, long expired, long revoked, long superseded,
                                    Inspected inspected) implements Serializable {

        public CertificateCounts(long issued, long valid, long expiring, long expired, long revoked, long superseded) {
            this(issued, valid, expiring, expired, revoked, superseded, Inspected.NONE);
        }

        public CertificateCounts(long issued, long valid, long expiring, long expired, long revoked) {
            this(issued, valid, expiring, expired, revoked, 0);
        }
    }

    /** Inspections after recognition in the period, by conclusion: compliant, to remedy, proposing revocation. */
    public record Inspected(long compliant, long toRemedy, long proposeRevocation) implements Serializable {

        public static final Inspected NONE = new Inspected(0, 0, 0);

        public long total() {
            return compliant + toRemedy + proposeRevocation;
        }
    }

    /** An audience: courses held and completions in the period; the coverage at the end of the period's year. */
    public record TrainingCount(Audience audience, long courses, long completed, int required, int trained,
                                BigDecimal percent) implements Serializable {
    }
}
