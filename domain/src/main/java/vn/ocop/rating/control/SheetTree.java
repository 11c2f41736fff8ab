package vn.ocop.rating.control;

import java.io.Serializable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tree of a scoring sheet, built from its stored nodes: the parts at the root, every node's
 * children in the order of their position. A node whose parent is missing (or that would make a
 * loop) is kept aside as an orphan and reported by the validation.
 */
public final class SheetTree implements Serializable {

    private final List<SheetNode> parts;
    private final List<NodeRow> orphans;
    private final Map<Long, SheetNode> byId;

    private SheetTree(List<SheetNode> parts, List<NodeRow> orphans, Map<Long, SheetNode> byId) {
        this.parts = parts;
        this.orphans = orphans;
        this.byId = byId;
    }

    public static SheetTree of(List<NodeRow> rows) {
        Map<Long, List<NodeRow>> children = new HashMap<>();
        List<NodeRow> roots = new ArrayList<>();
        Map<Long, NodeRow> rowsById = new HashMap<>();
        rows.forEach(row -> rowsById.put(row.id(), row));
        for (NodeRow row : rows) {
            if (row.parentId() == null) {
                roots.add(row);
            } else {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<Long, SheetNode> byId = new LinkedHashMap<>();
        List<SheetNode> parts = new ArrayList<>();
        for (NodeRow root : sorted(roots)) {
            parts.add(attach(root, null, children, byId));
        }
        List<NodeRow> orphans = rows.stream().filter(row -> !byId.containsKey(row.id()))
                .sorted(Comparator.comparingInt(NodeRow::position)).toList();
        return new SheetTree(List.copyOf(parts), orphans, byId);
    }

    private static SheetNode attach(NodeRow row, SheetNode parent, Map<Long, List<NodeRow>> children,
                                    Map<Long, SheetNode> byId) {
        SheetNode node = new SheetNode(row, parent);
        byId.put(row.id(), node);
        for (NodeRow child : sorted(children.getOrDefault(row.id(), List.of()))) {
            if (!byId.containsKey(child.id())) {
                node.mutableChildren().add(attach(child, node, children, byId));
            }
        }
        return node;
    }

    private static List<NodeRow> sorted(List<NodeRow> rows) {
        return rows.stream().sorted(Comparator.comparingInt(NodeRow::position).thenComparingLong(NodeRow::id)).toList();
    }

    /** The root nodes, normally the parts A, B and C. */
    public List<SheetNode> parts() {
        return parts;
    }

    /** Nodes that hang from no part (their parent is missing or they sit in a loop). */
    public List<NodeRow> orphans() {
        return orphans;
    }

    public SheetNode node(long id) {
        return byId.get(id);
    }

    /** Every node in print order: each node before its children. */
    public List<SheetNode> inPrintOrder() {
        List<SheetNode> all = new ArrayList<>();
        parts.forEach(part -> walk(part, all::add));
        return all;
    }

    private static void walk(SheetNode node, Consumer<SheetNode> visitor) {
        visitor.accept(node);
        node.children().forEach(child -> walk(child, visitor));
    }
}
