package vn.ocop.planning.boundary;

import jakarta.persistence.EntityManager;
import vn.ocop.planning.control.Progress.Measure;
import vn.ocop.planning.entity.TargetKind;
import vn.ocop.planning.entity.TargetUnit;
import vn.ocop.rating.entity.EvaluationLevel;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.registration.entity.ProducerStatus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actuals of a year's targets, measured from the data in a few aggregate queries (see the
 * package description for each definition). One instance per question.
 */
final class PlanMeasures {

    private final EntityManager em;
    private final int year;
    private final LocalDate start;
    private final LocalDate next;
    private Map<Integer, Set<Long>> recognised;

    PlanMeasures(EntityManager em, int year) {
        this.em = em;
        this.year = year;
        this.start = LocalDate.of(year, 1, 1);
        this.next = start.plusYears(1);
    }

    Measure measure(TargetKind kind, TargetUnit unit, Integer stars) {
        return switch (kind) {
            case PRODUCERS_TAKING_PART -> unit == TargetUnit.PERCENT
                    ? Measure.share(producersTakingPart(), producersRegistered()) : Measure.of(producersTakingPart());
            case PRODUCTS_EVALUATED -> Measure.of(productsEvaluated());
            case PRODUCTS_RECOGNISED -> Measure.of(productsRecognised(stars));
            case SUPPORT_BUDGET -> Measure.of(supportGranted());
            case TRAINING_COVERAGE -> throw new IllegalArgumentException("training coverage is measured by the training records");
        };
    }

    /** Active producers with a product registered in the cycle by the end of the year. */
    long producersTakingPart() {
        return em.createQuery("SELECT COUNT(DISTINCT pr.id) FROM ProductTransition t JOIN t.product p JOIN p.producer pr"
                        + " WHERE t.occurredAt < :next AND pr.status = :active", Long.class)
                .setParameter("next", next.atStartOfDay()).setParameter("active", ProducerStatus.ACTIVE).getSingleResult();
    }

    /** Active producers registered in the district. */
    long producersRegistered() {
        return em.createQuery("SELECT COUNT(pr) FROM Producer pr WHERE pr.status = :active", Long.class)
                .setParameter("active", ProducerStatus.ACTIVE).getSingleResult();
    }

    /** Products of concluded district rounds of the year. */
    long productsEvaluated() {
        return em.createQuery("SELECT COUNT(DISTINCT rp.productId) FROM RoundProduct rp WHERE rp.round.year = :year"
                        + " AND rp.round.level = :district AND rp.round.status = :concluded", Long.class)
                .setParameter("year", year).setParameter("district", EvaluationLevel.DISTRICT)
                .setParameter("concluded", RoundStatus.CONCLUDED).getSingleResult();
    }

    /** Products recognised in the year, of a class (null: of any), by the district's certificates and received decisions. */
    long productsRecognised(Integer stars) {
        if (recognised == null) {
            recognised = new HashMap<>();
            // a recognition at the district's own level (no class conferred) counts as recognised, under no class
            List<Object[]> rows = em.createQuery("SELECT c.productId, c.conferredStars FROM Certificate c"
                            + " WHERE c.validFrom >= :start AND c.validFrom < :next", Object[].class)
                    .setParameter("start", start).setParameter("next", next).getResultList().stream()
                    .map(r -> r[1] == null ? new Object[]{r[0], 0} : r).toList();
            List<Object[]> received = em.createQuery("SELECT r.product.id, r.stars FROM ReceivedProduct r"
                            + " WHERE r.decision.signedOn >= :start AND r.decision.signedOn < :next", Object[].class)
                    .setParameter("start", start).setParameter("next", next).getResultList();
            for (List<Object[]> list : List.of(rows, received)) {
                for (Object[] row : list) {
                    int rowStars = ((Number) row[1]).intValue();
                    if (rowStars > 0) {
                        recognised.computeIfAbsent(rowStars, s -> new HashSet<>()).add((Long) row[0]);
                    }
                    recognised.computeIfAbsent(null, s -> new HashSet<>()).add((Long) row[0]);
                }
            }
        }
        return recognised.getOrDefault(stars, Set.of()).size();
    }

    /** The support granted to producers in the year, in VND. */
    long supportGranted() {
        Long sum = em.createQuery("SELECT SUM(s.amountVnd) FROM Support s WHERE s.grantedOn >= :start AND s.grantedOn < :next",
                Long.class).setParameter("start", start).setParameter("next", next).getSingleResult();
        return sum == null ? 0 : sum;
    }
}
