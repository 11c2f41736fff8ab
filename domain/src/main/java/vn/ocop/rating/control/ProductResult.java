package vn.ocop.rating.control;

import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A council's result for one product, from its members' submitted sheets (148/QĐ-TTg, Annex III).
 *
 * <p><b>Mean.</b> The arithmetic mean of the members' totals, rounded HALF_UP to two decimals; the
 * part means and the criterion means likewise, each from the members' own part or criterion
 * points (so the rounded part means may add up to the mean ± 0.01: the mean is never their sum).
 *
 * <p><b>Class.</b> {@link #bandStars()} is the class of the <em>rounded</em> mean by the bands
 * ({@link StarBands}): the class must agree with the figure printed in the minutes and the decision;
 * classing the unrounded mean would make a product printed "70.00" a 3★ when its mean is 69.995.
 * With whole-point options the two only differ for councils of 200 members or more; the rule is
 * written down for the fractional cases (half points, re-scores).
 *
 * <p><b>Star marks.</b> A class is granted only when every mark for it and for the lower classes is
 * met ({@link StarGate}, not certain in the sources at hand); "met" by a council follows
 * {@link ResultRules#gateRule()} (default: more than half of the counted sheets that score the
 * criterion reach the marked option; the mean and unanimity are the council's options). {@link #stars()} is the
 * band's class lowered below the lowest class whose mark
 * is missed; {@link #gatedBy()} lists every missed mark for the band's class or below (empty when
 * the band's class is granted). A mark inside an alternative case that no member scored does not apply.
 *
 * @param members          how many members' sheets
 * @param mean             the mean of the totals, two decimals
 * @param partA            the mean of part A, two decimals
 * @param partB            the mean of part B, two decimals
 * @param partC            the mean of part C, two decimals
 * @param criterionMeans   criterion id → the mean of the members who scored it, two decimals, print order
 * @param bandStars        the class of the mean by the bands
 * @param stars            the class granted, after the star marks
 * @param gatedBy          the missed marks that withhold the band's class, print order
 * @param missedGates      every missed mark, whatever its class, print order
 * @param memberSpreads    the members whose total strays beyond the spread
 * @param criterionSpreads the members' criterion points that stray beyond the spread
 * @param advice           what the product lacks for the next class; null at 5★
 */
public record ProductResult(int members, BigDecimal mean, BigDecimal partA, BigDecimal partB, BigDecimal partC,
                           Map<Long, BigDecimal> criterionMeans, int bandStars, int stars, List<GateMiss> gatedBy,
                           List<GateMiss> missedGates, List<MemberSpread> memberSpreads,
                           List<CriterionSpread> criterionSpreads, UpgradeAdvice advice) {

    public static final String NO_SHEETS = "rating.result.no_sheets";
    public static final String DUPLICATE_MEMBER = "rating.result.duplicate_member";

    private static final int SCALE = 2;
    private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public ProductResult {
        criterionMeans = Collections.unmodifiableMap(new LinkedHashMap<>(criterionMeans));
        gatedBy = List.copyOf(gatedBy);
        missedGates = List.copyOf(missedGates);
        memberSpreads = List.copyOf(memberSpreads);
        criterionSpreads = List.copyOf(criterionSpreads);
    }

    /**
     * A member whose total strays from the others' mean by more than the spread.
     *
     * @param difference total − the others' mean, two decimals (negative when below)
     */
    public record MemberSpread(long memberId, BigDecimal total, BigDecimal othersMean, BigDecimal difference) {
    }

    /**
     * A member whose points on a criterion stray from the others' mean on it by more than the spread.
     *
     * @param difference points − the others' mean, two decimals
     */
    public record CriterionSpread(long criterionId, String criterion, long memberId, BigDecimal points,
                                  BigDecimal othersMean, BigDecimal difference) {
    }

    public static ProductResult of(SheetTree tree, List<SheetScore> scores) {
        return of(tree, scores, ResultRules.DEFAULT);
    }

    /**
     * @param tree   the sheet the members scored on
     * @param scores every member's submitted sheet for the product, each once
     * @throws BusinessException {@value #NO_SHEETS} without sheets, {@value #DUPLICATE_MEMBER}
     *                           (member id) for two sheets of one member,
     *                           {@value SheetScore#INCOMPLETE} for a sheet not complete
     */
    public static ProductResult of(SheetTree tree, List<SheetScore> scores, ResultRules rules) {
        check(tree, scores);
        BigDecimal mean = mean(scores.stream().map(SheetScore::total).toList());
        List<SheetNode> criteria = SheetScore.criteria(tree);
        Map<Long, BigDecimal> criterionMeans = criterionMeans(criteria, scores);
        int band = rules.bands().stars(mean);
        List<GateMiss> missed = missed(StarGate.of(tree), scores, rules.gateRule());
        List<GateMiss> gatedBy = missed.stream().filter(miss -> miss.stars() <= band).toList();
        int stars = gatedBy.stream().mapToInt(miss -> miss.stars() - 1).reduce(band, Math::min);
        UpgradeAdvice advice = stars == 5 ? null : advice(stars + 1, mean, missed, criteria, criterionMeans, rules);
        return new ProductResult(scores.size(), mean, partMean(scores, "A"), partMean(scores, "B"), partMean(scores, "C"),
                criterionMeans, band, stars, gatedBy, missed, memberSpreads(scores, rules.spread()),
                criterionSpreads(criteria, scores, rules.spread()), advice);
    }

    /** Whether star marks withheld the band's class. */
    public boolean gated() {
        return stars < bandStars;
    }

    /** Whether any member strays beyond the spread, on the total or on a criterion. */
    public boolean disagreement() {
        return !memberSpreads.isEmpty() || !criterionSpreads.isEmpty();
    }

    private static void check(SheetTree tree, List<SheetScore> scores) {
        if (scores.isEmpty()) {
            throw new BusinessException(NO_SHEETS);
        }
        Set<Long> members = new HashSet<>();
        for (SheetScore score : scores) {
            if (!members.add(score.memberId())) {
                throw new BusinessException(DUPLICATE_MEMBER, score.memberId());
            }
            if (!score.complete()) {
                SheetNode first = tree.node(score.missing().get(0));
                throw new BusinessException(SheetScore.INCOMPLETE, score.missing().size(),
                        first == null ? "#" + score.missing().get(0) : first.path());
            }
        }
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), SCALE, ROUNDING);
    }

    private static BigDecimal partMean(List<SheetScore> scores, String code) {
        return mean(scores.stream().map(score -> score.part(code)).toList());
    }

    private static Map<Long, BigDecimal> criterionMeans(List<SheetNode> criteria, List<SheetScore> scores) {
        Map<Long, BigDecimal> means = new LinkedHashMap<>();
        for (SheetNode criterion : criteria) {
            List<BigDecimal> points = pointsOn(scores, criterion.id());
            if (!points.isEmpty()) {
                means.put(criterion.id(), mean(points));
            }
        }
        return means;
    }

    private static List<BigDecimal> pointsOn(List<SheetScore> scores, long criterionId) {
        return scores.stream().map(score -> score.points().get(criterionId)).filter(p -> p != null).toList();
    }

    private static List<GateMiss> missed(List<StarGate> gates, List<SheetScore> scores, GateRule rule) {
        List<GateMiss> missed = new ArrayList<>();
        for (StarGate gate : gates) {
            List<SheetScore> scored = scores.stream().filter(s -> s.points().containsKey(gate.criterionId())).toList();
            if (scored.isEmpty()) {
                continue;
            }
            int n = scored.size();
            int met = (int) scored.stream().filter(s -> meets(s, gate)).count();
            BigDecimal found = mean(scored.stream().map(s -> s.points().get(gate.criterionId())).toList());
            boolean ok = switch (rule) {
                case MEAN -> found.compareTo(gate.requiredPoints()) >= 0;
                case MAJORITY -> met * 2 > n;
                case UNANIMOUS -> met == n;
            };
            if (!ok) {
                missed.add(new GateMiss(gate, found, met, n));
            }
        }
        return missed;
    }

    private static boolean meets(SheetScore score, StarGate gate) {
        return score.ticked(gate.criterionId()) && score.points().get(gate.criterionId()).compareTo(gate.requiredPoints()) >= 0;
    }

    private static List<MemberSpread> memberSpreads(List<SheetScore> scores, Spread spread) {
        List<MemberSpread> flagged = new ArrayList<>();
        int others = scores.size() - 1;
        if (others == 0) {
            return flagged;
        }
        BigDecimal sum = scores.stream().map(SheetScore::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (SheetScore score : scores) {
            BigDecimal rest = sum.subtract(score.total());
            BigDecimal scaled = score.total().multiply(BigDecimal.valueOf(others)).subtract(rest);
            if (scaled.abs().compareTo(spread.total().multiply(BigDecimal.valueOf(others))) > 0) {
                BigDecimal othersMean = rest.divide(BigDecimal.valueOf(others), SCALE, ROUNDING);
                flagged.add(new MemberSpread(score.memberId(), score.total(), othersMean,
                        scaled.divide(BigDecimal.valueOf(others), SCALE, ROUNDING)));
            }
        }
        return flagged;
    }

    private static List<CriterionSpread> criterionSpreads(List<SheetNode> criteria, List<SheetScore> scores, Spread spread) {
        List<CriterionSpread> flagged = new ArrayList<>();
        for (SheetNode criterion : criteria) {
            List<SheetScore> scored = scores.stream().filter(s -> s.points().containsKey(criterion.id())).toList();
            int others = scored.size() - 1;
            if (others < 1) {
                continue;
            }
            BigDecimal limit = spread.criterionShare().multiply(SheetScore.maximum(criterion)).multiply(BigDecimal.valueOf(others));
            BigDecimal sum = scored.stream().map(s -> s.points().get(criterion.id())).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (SheetScore score : scored) {
                BigDecimal points = score.points().get(criterion.id());
                BigDecimal rest = sum.subtract(points);
                BigDecimal scaled = points.multiply(BigDecimal.valueOf(others)).subtract(rest);
                if (scaled.abs().compareTo(limit) > 0) {
                    flagged.add(new CriterionSpread(criterion.id(), criterion.path(), score.memberId(), points,
                            rest.divide(BigDecimal.valueOf(others), SCALE, ROUNDING),
                            scaled.divide(BigDecimal.valueOf(others), SCALE, ROUNDING)));
                }
            }
        }
        return flagged;
    }

    private static UpgradeAdvice advice(int next, BigDecimal mean, List<GateMiss> missed, List<SheetNode> criteria,
                                        Map<Long, BigDecimal> criterionMeans, ResultRules rules) {
        BigDecimal lacking = rules.bands().from(next).subtract(mean).max(BigDecimal.ZERO).setScale(SCALE, ROUNDING);
        List<GateMiss> gates = missed.stream().filter(miss -> miss.stars() <= next).toList();
        List<UpgradeAdvice.CriterionGap> gaps = new ArrayList<>();
        for (SheetNode criterion : criteria) {
            BigDecimal criterionMean = criterionMeans.get(criterion.id());
            BigDecimal maximum = SheetScore.maximum(criterion);
            if (criterionMean != null && maximum.compareTo(criterionMean) > 0) {
                gaps.add(new UpgradeAdvice.CriterionGap(criterion.id(), criterion.path(), criterionMean, maximum,
                        maximum.subtract(criterionMean)));
            }
        }
        List<UpgradeAdvice.CriterionGap> largest = gaps.stream()
                .sorted(Comparator.comparing(UpgradeAdvice.CriterionGap::gap).reversed())
                .limit(rules.adviceSize()).toList();
        return new UpgradeAdvice(next, lacking, gates, largest);
    }
}
