package vn.ocop.rating.control;

import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One member's sheet for one product, scored on the sheet's tree (a usable sheet: its
 * {@link SheetCheck#tree()} when {@link SheetCheck#usable()}): exactly one option per criterion,
 * the criterion scoring the option's points, a section or part the sum of its children. Where a
 * node's children are alternative cases ({@link NodeRow#alternatives()}, e.g. set 26 "Lựa chọn một
 * trong hai trường hợp sau") the member scores exactly one case and leaves the others empty.
 *
 * @param memberId the member
 * @param total    the sum of the parts
 * @param parts    part code (A, B, C) → points, in print order
 * @param points   criterion id → points, for every criterion scored, in print order
 * @param choices  criterion id → option id (or {@link MemberSheet#NONE_APPLIES}), as scored
 * @param missing  what is still to tick, in print order: criteria, or a node of alternative cases
 *                 none of which is started; empty for a complete sheet
 */
public record SheetScore(long memberId, BigDecimal total, Map<String, BigDecimal> parts, Map<Long, BigDecimal> points,
                         Map<Long, Long> choices, List<Long> missing) {

    public static final String UNKNOWN_CRITERION = "rating.result.sheet_unknown_criterion";
    public static final String WRONG_OPTION = "rating.result.sheet_wrong_option";
    public static final String NONE_NOT_ALLOWED = "rating.result.sheet_none_not_allowed";
    public static final String TWO_CASES = "rating.result.sheet_two_cases";
    public static final String INCOMPLETE = "rating.result.sheet_incomplete";

    public SheetScore {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        missing = List.copyOf(missing);
    }

    /**
     * A submitted sheet: complete and valid.
     *
     * @throws BusinessException {@value #INCOMPLETE} (number of criteria left, path of the first),
     *                           or any refusal of {@link #draft(SheetTree, MemberSheet)}
     */
    public static SheetScore of(SheetTree tree, MemberSheet sheet) {
        SheetScore score = draft(tree, sheet);
        if (!score.complete()) {
            throw new BusinessException(INCOMPLETE, score.missing.size(), tree.node(score.missing.get(0)).path());
        }
        return score;
    }

    /**
     * A sheet being filled in: the totals of what is ticked so far (a criterion not yet ticked counts
     * 0) and what is {@link #missing()}.
     *
     * @throws BusinessException {@value #WRONG_OPTION} (criterion path) when an option is not one of
     *                           its criterion's, {@value #NONE_NOT_ALLOWED} (criterion path) for
     *                           {@link MemberSheet#NONE_APPLIES} on a criterion with a 0-point option,
     *                           {@value #TWO_CASES} (path) when two alternative cases are ticked,
     *                           {@value #UNKNOWN_CRITERION} (node id) for a criterion not on this sheet
     */
    public static SheetScore draft(SheetTree tree, MemberSheet sheet) {
        Walk walk = new Walk(tree, sheet.choices());
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (SheetNode part : tree.parts()) {
            BigDecimal points = walk.score(part);
            parts.merge(Objects.requireNonNullElse(part.code(), ""), points, BigDecimal::add);
            total = total.add(points);
        }
        for (Long criterion : sheet.choices().keySet()) {
            if (!walk.used.contains(criterion)) {
                throw new BusinessException(UNKNOWN_CRITERION, criterion);
            }
        }
        Map<Long, Long> choices = new LinkedHashMap<>();
        walk.points.keySet().forEach(id -> choices.put(id, sheet.choices().get(id)));
        return new SheetScore(sheet.memberId(), total, parts, walk.points, choices, walk.missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The points of part "A", "B" or "C" (0 when the sheet has no such part). */
    public BigDecimal part(String code) {
        return parts.getOrDefault(code, BigDecimal.ZERO);
    }

    /** Whether the member ticked a real option of the criterion (not {@link MemberSheet#NONE_APPLIES}). */
    public boolean ticked(long criterionId) {
        Long choice = choices.get(criterionId);
        return choice != null && choice != MemberSheet.NONE_APPLIES;
    }

    /** The criteria of a sheet in print order: the nodes whose children are options. */
    public static List<SheetNode> criteria(SheetTree tree) {
        return tree.inPrintOrder().stream().filter(SheetScore::isCriterion).toList();
    }

    /** Whether a member may answer {@link MemberSheet#NONE_APPLIES}: the criterion prints no 0-point option. */
    public static boolean allowsNone(SheetNode criterion) {
        return criterion.children().stream().filter(SheetNode::isOption)
                .noneMatch(option -> option.score() != null && option.score().signum() == 0);
    }

    /** The points of the criterion's best option. */
    public static BigDecimal maximum(SheetNode criterion) {
        return criterion.children().stream().filter(SheetNode::isOption).map(SheetNode::score).filter(Objects::nonNull)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    static boolean isCriterion(SheetNode node) {
        return !node.isOption() && node.children().stream().anyMatch(SheetNode::isOption);
    }

    /** One pass over the tree, in print order. */
    private static final class Walk {

        private final SheetTree tree;
        private final Map<Long, Long> choices;
        private final Set<Long> used = new HashSet<>();
        private final Map<Long, BigDecimal> points = new LinkedHashMap<>();
        private final List<Long> missing = new ArrayList<>();

        Walk(SheetTree tree, Map<Long, Long> choices) {
            this.tree = tree;
            this.choices = choices;
        }

        BigDecimal score(SheetNode node) {
            if (isCriterion(node)) {
                return criterion(node);
            }
            if (node.row().alternatives()) {
                return cases(node);
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (SheetNode child : node.children()) {
                sum = sum.add(score(child));
            }
            return sum;
        }

        private BigDecimal criterion(SheetNode criterion) {
            Long choice = choices.get(criterion.id());
            if (choice == null) {
                missing.add(criterion.id());
                return BigDecimal.ZERO;
            }
            used.add(criterion.id());
            BigDecimal value;
            if (choice == MemberSheet.NONE_APPLIES) {
                if (!allowsNone(criterion)) {
                    throw new BusinessException(NONE_NOT_ALLOWED, criterion.path());
                }
                value = BigDecimal.ZERO;
            } else {
                SheetNode option = tree.node(choice);
                if (option == null || option.parent() != criterion || !option.isOption() || option.score() == null) {
                    throw new BusinessException(WRONG_OPTION, criterion.path());
                }
                value = option.score();
            }
            points.put(criterion.id(), value);
            return value;
        }

        private BigDecimal cases(SheetNode node) {
            List<SheetNode> started = node.children().stream().filter(this::started).toList();
            if (started.size() > 1) {
                throw new BusinessException(TWO_CASES, node.path());
            }
            if (started.isEmpty()) {
                missing.add(node.id());
                return BigDecimal.ZERO;
            }
            return score(started.get(0));
        }

        private boolean started(SheetNode node) {
            return isCriterion(node) ? choices.containsKey(node.id()) : node.children().stream().anyMatch(this::started);
        }
    }
}
