package vn.ocop.planning.boundary;

import vn.ocop.certification.boundary.CertificateView;
import vn.ocop.registration.entity.CycleStep;
import vn.ocop.training.control.CoverageRules;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The figures of the home page, in the caller's scope (a commune officer's commune, else the
 * district): see the package description for each definition.
 *
 * @param plan         the plan in force, or null
 * @param byStars      products by their class today (0: no class), classes 3 to 5 always present
 * @param communes     every commune of today with its products and their classes, none left out, each
 *                     with the communes it took over in a reorganisation (where the older producers are)
 * @param pipeline     products per step of the cycle, every step present
 * @param expiring     certificates that expire within {@link Dashboard#EXPIRING_DAYS} days, soonest first
 * @param training     the training coverage of this year per audience
 * @param support      support granted this year: the total, the plan's budget, by type and by commune
 * @param recent       the latest changes (none for a commune officer)
 */
public record DashboardView(int year, PlanView plan, Map<Integer, Long> byStars, List<CommuneGroup> communes,
                            Map<CycleStep, Long> pipeline, List<CertificateView> expiring,
                            List<CoverageRules.Line> training, SupportFigures support, List<Activity> recent)
        implements Serializable {

    /** The products in the scope, whatever their step. */
    public long productsTotal() {
        return pipeline.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The products with a class today. */
    public long ratedTotal() {
        return byStars.entrySet().stream().filter(e -> e.getKey() > 0).mapToLong(Map.Entry::getValue).sum();
    }

    /** A commune with its products: how many, and how many of each class today. */
    public record CommuneFigures(long id, String code, String name, boolean current, long products, Map<Integer, Long> byStars)
            implements Serializable {

        public long rated() {
            return byStars.entrySet().stream().filter(e -> e.getKey() > 0).mapToLong(Map.Entry::getValue).sum();
        }

        public long stars(int stars) {
            return byStars.getOrDefault(stars, 0L);
        }
    }

    /** A commune of today with the figures of its own producers and of the former communes it took over. */
    public record CommuneGroup(CommuneFigures commune, List<CommuneFigures> tiles) implements Serializable {

        public long products() {
            return tiles.stream().mapToLong(CommuneFigures::products).sum();
        }

        public long stars(int stars) {
            return tiles.stream().mapToLong(t -> t.stars(stars)).sum();
        }

        public long rated() {
            return tiles.stream().mapToLong(CommuneFigures::rated).sum();
        }
    }

    /** Support granted in the year against the plan's budget (null when the plan has none). */
    public record SupportFigures(long granted, Long budget, List<SupportLine> byType, List<SupportLine> byCommune)
            implements Serializable {

        /** The share of the budget granted, whole %, or null without a budget. */
        public Integer used() {
            return budget == null || budget == 0 ? null : (int) Math.round(granted * 100.0 / budget);
        }
    }

    /** One line of support: a type or a commune (its id and name in both languages), how many grants, how much. */
    public record SupportLine(long id, String nameVi, String nameEn, long grants, long amount) implements Serializable {
    }

    /** A change in the audit trail: when, who, what, on which record. */
    /** @param name the record's name as people know it (a producer's name, a decision's number), or null */
    public record Activity(LocalDateTime at, String actor, String action, String entityType, String entityId, String name)
            implements Serializable {

        private static final List<String> MADE = List.of("_CREATED", "_REGISTERED", "_RECORDED", "_ADDED", "_OPENED",
                "_DRAFTED", "_UPLOADED", "_ATTACHED", "_IMPORTED", "_ENROLLED");
        private static final List<String> GONE = List.of("_REMOVED", "_WITHDRAWN", "_DISCARDED", "_REVOKED");

        /** What the change did to its record, read from the audited action: "created", "removed" or "changed". */
        public String change() {
            return MADE.stream().anyMatch(action::endsWith) ? "created" : GONE.stream().anyMatch(action::endsWith) ? "removed" : "changed";
        }
    }
}
