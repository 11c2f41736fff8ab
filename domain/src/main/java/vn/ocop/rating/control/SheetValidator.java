package vn.ocop.rating.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks a scoring sheet the way a council member relies on it: the parts are A, B and C with the
 * criteria set's maxima and add up to 100; every part, section and criterion gives a maximum equal
 * to what its children add up to (a node whose children are options, or alternative cases, takes
 * its best child); options carry non-negative numbers.
 *
 * <p>Each node is compared with what its children really give, and passes that value up: one
 * wrong option shows at its criterion and again at every total above it that it spoils (the
 * {@code expected} of a problem is what the sheet prints, the {@code found} what the children give).
 */
final class SheetValidator {

    private static final List<String> PART_CODES = List.of("A", "B", "C");

    private final String sheet;
    private final List<SheetProblem> problems = new ArrayList<>();

    private SheetValidator(String sheet) {
        this.sheet = sheet;
    }

    record Validation(List<SheetProblem> problems, BigDecimal total) {
    }

    static Validation validate(String sheet, SheetTree tree, PartMaxima maxima) {
        SheetValidator validator = new SheetValidator(sheet);
        BigDecimal total = validator.parts(tree, maxima);
        return new Validation(List.copyOf(validator.problems), total);
    }

    private BigDecimal parts(SheetTree tree, PartMaxima maxima) {
        List<SheetNode> parts = tree.parts();
        long anchor = parts.isEmpty() ? 0 : parts.get(0).id();
        List<String> codes = parts.stream().map(p -> p.isPart() ? p.code() : null).toList();
        if (!codes.equals(PART_CODES)) {
            problem(anchor, "", ProblemKind.PARTS, String.join(", ", PART_CODES),
                    codes.stream().map(c -> Objects.requireNonNullElse(c, "?")).collect(Collectors.joining(", ")));
        }
        BigDecimal declared = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (SheetNode part : parts) {
            Integer expected = maxima.of(part.code());
            BigDecimal printed = part.score();
            if (part.isPart() && expected != null && printed != null && printed.compareTo(BigDecimal.valueOf(expected)) != 0) {
                problem(part, ProblemKind.PART_MAXIMUM, Integer.toString(expected), text(printed));
            }
            declared = declared.add(printed == null ? BigDecimal.ZERO : printed);
            BigDecimal value = value(part);
            total = total.add(value == null ? BigDecimal.ZERO : value);
        }
        if (declared.compareTo(BigDecimal.valueOf(PartMaxima.TOTAL)) != 0) {
            problem(anchor, "", ProblemKind.TOTAL, Integer.toString(PartMaxima.TOTAL), text(declared));
        }
        for (NodeRow orphan : tree.orphans()) {
            problem(orphan.id(), orphan.title(), ProblemKind.STRUCTURE, null, null);
        }
        return total;
    }

    /** What the node gives its parent: an option its points, any other node what its children give. */
    private BigDecimal value(SheetNode node) {
        structure(node);
        if (node.isOption()) {
            return points(node);
        }
        BigDecimal printed = maximum(node);
        if (node.children().isEmpty()) {
            problem(node, ProblemKind.NO_OPTIONS, text(printed), null);
            return printed;
        }
        BigDecimal found = children(node);
        if (printed == null) {
            if (!unreadable(node)) {
                problem(node, ProblemKind.NO_MAXIMUM, null, text(found));
            }
        } else if (found != null && printed.compareTo(found) != 0) {
            problem(node, ProblemKind.MISMATCH, text(printed), text(found));
        }
        return found;
    }

    /** Options (and alternative cases) give their best; criteria and sections add up. */
    private BigDecimal children(SheetNode node) {
        BigDecimal sum = null;
        BigDecimal best = null;
        for (SheetNode child : node.children()) {
            BigDecimal value = value(child);
            if (value == null) {
                continue;
            }
            if (child.isOption() || node.row().alternatives()) {
                best = best == null ? value : best.max(value);
            } else {
                sum = sum == null ? value : sum.add(value);
            }
        }
        if (sum == null) {
            return best;
        }
        return best == null ? sum : sum.add(best);
    }

    private BigDecimal points(SheetNode option) {
        BigDecimal points = option.score();
        if (points == null) {
            problem(option, ProblemKind.UNREADABLE, null, option.row().score() == null ? "" : option.row().score());
            return null;
        }
        if (points.signum() < 0) {
            problem(option, ProblemKind.NEGATIVE_POINTS, "0", text(points));
            return null;
        }
        return points;
    }

    private BigDecimal maximum(SheetNode node) {
        BigDecimal printed = node.score();
        if (printed == null && unreadable(node)) {
            problem(node, ProblemKind.UNREADABLE, null, node.row().score());
        }
        return printed;
    }

    private static boolean unreadable(SheetNode node) {
        String text = node.row().score();
        return text != null && !text.isBlank() && node.score() == null;
    }

    /** Levels go down the tree: parts at the root, options last; a node holds options or criteria, not both. */
    private void structure(SheetNode node) {
        SheetNode parent = node.parent();
        boolean misplaced = parent == null ? !node.isPart()
                : node.isPart() || node.level() < parent.level() || parent.isOption()
                || node.level() == parent.level() && node.level() != NodeRow.CRITERION;
        boolean options = node.children().stream().anyMatch(SheetNode::isOption);
        boolean others = node.children().stream().anyMatch(child -> !child.isOption());
        if (misplaced || options && others) {
            problem(node, ProblemKind.STRUCTURE, null, null);
        }
    }

    private void problem(SheetNode node, ProblemKind kind, String expected, String found) {
        problems.add(new SheetProblem(sheet, node.id(), node.path(), kind, expected, found));
    }

    private void problem(long nodeId, String path, ProblemKind kind, String expected, String found) {
        problems.add(new SheetProblem(sheet, nodeId, path, kind, expected, found));
    }

    static String text(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
