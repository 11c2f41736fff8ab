package vn.ocop.rating.control;

import java.io.Serializable;

import vn.ocop.shared.control.BusinessException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scoring sheet as a council member fills it in. The criteria to tick are the nodes whose
 * children are options: exactly one option each. Where a node's children are alternative cases
 * ("lựa chọn một trong hai trường hợp"), only one case is scored: ticking an option in one case
 * clears the other cases ({@link #excludedBy}), and the sheet is complete when every criterion of
 * the case in use is ticked. Built once per (usable) sheet; immutable, so it may be shared.
 *
 * <p>The member's own total here is the plain sum of the points of the chosen options, part by
 * part; means, star classes, gates and spreads are the result rules' business.
 */
public final class SheetChoices implements Serializable {

    /** A criterion to tick: its part ("A", "B" or "C") and its options (id → points) in print order. */
    public record Criterion(long id, String part, Map<Long, BigDecimal> options) implements Serializable {
    }

    /** What the chosen options give, per part in order A, B, C, and in all. */
    public record Totals(Map<String, BigDecimal> parts, BigDecimal total) implements Serializable {

        public BigDecimal part(String code) {
            return parts.getOrDefault(code, BigDecimal.ZERO);
        }
    }

    private final SheetTree tree;
    private final Map<Long, Criterion> criteria;
    private final Map<Long, Set<Long>> excluded;
    private final Map<String, BigDecimal> maxima;

    private SheetChoices(SheetTree tree, Map<Long, Criterion> criteria, Map<Long, Set<Long>> excluded,
                         Map<String, BigDecimal> maxima) {
        this.tree = tree;
        this.criteria = criteria;
        this.excluded = excluded;
        this.maxima = maxima;
    }

    /** The form of a sheet's corrected tree (only a usable sheet should be scored on). */
    public static SheetChoices of(SheetTree tree) {
        Map<Long, Criterion> criteria = new LinkedHashMap<>();
        Map<Long, Set<Long>> excluded = new HashMap<>();
        Map<String, BigDecimal> maxima = new LinkedHashMap<>();
        for (SheetNode part : tree.parts()) {
            maxima.put(part.code(), part.score() == null ? BigDecimal.ZERO : part.score());
            collect(part, part.code(), criteria, excluded);
        }
        Map<Long, Set<Long>> frozen = new HashMap<>();
        excluded.forEach((id, others) -> frozen.put(id, Set.copyOf(others)));
        return new SheetChoices(tree, Collections.unmodifiableMap(criteria), Map.copyOf(frozen),
                Collections.unmodifiableMap(maxima));
    }

    private static void collect(SheetNode node, String part, Map<Long, Criterion> criteria, Map<Long, Set<Long>> excluded) {
        if (isCriterion(node)) {
            Map<Long, BigDecimal> options = new LinkedHashMap<>();
            node.children().forEach(o -> options.put(o.id(), o.score() == null ? BigDecimal.ZERO : o.score()));
            criteria.put(node.id(), new Criterion(node.id(), part, Collections.unmodifiableMap(options)));
            return;
        }
        node.children().forEach(child -> collect(child, part, criteria, excluded));
        if (node.row().alternatives()) {
            List<List<Long>> cases = node.children().stream().map(SheetChoices::criteriaUnder).toList();
            for (int i = 0; i < cases.size(); i++) {
                for (int j = 0; j < cases.size(); j++) {
                    if (i != j) {
                        for (Long criterion : cases.get(i)) {
                            excluded.computeIfAbsent(criterion, k -> new HashSet<>()).addAll(cases.get(j));
                        }
                    }
                }
            }
        }
    }

    /** A node to tick: not an option, with children that are all options. */
    private static boolean isCriterion(SheetNode node) {
        return !node.isOption() && !node.children().isEmpty() && node.children().stream().allMatch(SheetNode::isOption);
    }

    private static List<Long> criteriaUnder(SheetNode node) {
        List<Long> found = new ArrayList<>();
        if (isCriterion(node)) {
            found.add(node.id());
        } else {
            node.children().forEach(child -> found.addAll(criteriaUnder(child)));
        }
        return found;
    }

    /** The criteria in print order. */
    public List<Criterion> criteria() {
        return List.copyOf(criteria.values());
    }

    public boolean isCriterion(long id) {
        return criteria.containsKey(id);
    }

    /** The maximum of each part, in order. */
    public Map<String, BigDecimal> maxima() {
        return maxima;
    }

    /**
     * Checks one choice: the criterion is one of this sheet's, the option (null clears the choice)
     * one of that criterion's.
     */
    public void check(long criterionId, Long optionId) {
        Criterion criterion = criteria.get(criterionId);
        if (criterion == null) {
            throw new BusinessException("rating.sheet.notACriterion", criterionId);
        }
        if (optionId != null && !criterion.options().containsKey(optionId)) {
            throw new BusinessException("rating.sheet.notAnOption", optionId, criterionId);
        }
    }

    /** The criteria of the other alternative cases, whose choices a choice on this criterion clears. */
    public Set<Long> excludedBy(long criterionId) {
        return excluded.getOrDefault(criterionId, Set.of());
    }

    /** The criteria still to tick, in print order; in alternatives, those of the case in use (the first when none is). */
    public List<Long> missing(Map<Long, Long> choices) {
        List<Long> missing = new ArrayList<>();
        tree.parts().forEach(part -> missing(part, choices, missing));
        return missing;
    }

    private void missing(SheetNode node, Map<Long, Long> choices, List<Long> missing) {
        if (criteria.containsKey(node.id())) {
            if (choices.get(node.id()) == null) {
                missing.add(node.id());
            }
            return;
        }
        if (node.row().alternatives() && !node.children().isEmpty()) {
            SheetNode inUse = node.children().get(0);
            long most = 0;
            for (SheetNode alternative : node.children()) {
                long chosen = criteriaUnder(alternative).stream().filter(c -> choices.get(c) != null).count();
                if (chosen > most) {
                    most = chosen;
                    inUse = alternative;
                }
            }
            missing(inUse, choices, missing);
            return;
        }
        node.children().forEach(child -> missing(child, choices, missing));
    }

    public boolean complete(Map<Long, Long> choices) {
        return missing(choices).isEmpty();
    }

    /** The member's own total: the points of the chosen options, per part (choices this sheet does not know are ignored). */
    public Totals totals(Map<Long, Long> choices) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        maxima.keySet().forEach(code -> parts.put(code, BigDecimal.ZERO));
        choices.forEach((criterionId, optionId) -> {
            Criterion criterion = criteria.get(criterionId);
            BigDecimal points = criterion == null || optionId == null ? null : criterion.options().get(optionId);
            if (points != null) {
                parts.merge(criterion.part(), points, BigDecimal::add);
            }
        });
        BigDecimal total = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(Collections.unmodifiableMap(parts), total);
    }

    /** The corrected tree the form was built from. */
    public SheetTree tree() {
        return tree;
    }
}
