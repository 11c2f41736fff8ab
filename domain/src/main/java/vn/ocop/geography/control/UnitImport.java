package vn.ocop.geography.control;

import vn.ocop.shared.control.MessageArguments;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.geography.entity.UnitSuccession;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.shared.control.VietnameseText;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks the official list of administrative units (a CSV file, {@link UnitCsv}) against itself and
 * against the units already stored, and says what importing it would change. A unit is known by its
 * code and the first day of its validity (a code is reused after a merger); its parent and the units
 * it replaced are named by code and found among the units of the file and the stored ones: the parent
 * valid on the unit's first day, the predecessors valid on the day before. Every problem is listed
 * with its row (the header is row 1) and column; a list with any problem imports nothing. Importing
 * adds the new units and successions and takes the list's values for the units it names again; it
 * never deletes a unit (producers, users and decisions point at them), so a second import of the same
 * list changes nothing.
 */
public final class UnitImport {

    /** The columns of the file, in this order. */
    public static final List<String> COLUMNS = List.of("code", "name", "type", "parent_code", "valid_from", "valid_to",
            "replaces_whole", "replaces_part");

    private static final int MAX_NAME = 120;

    /** What importing does to a unit or a succession. */
    public enum Change { ADDED, CHANGED, CONFIRMED, UNCHANGED }

    /** One error: its row in the file, the column's name (null: the whole row) and a message key with its arguments. */
    public record Problem(int row, String column, String messageKey, List<Object> arguments) implements Serializable {
        public Problem {
            arguments = MessageArguments.of(arguments);
        }
    }

    /** One row as read, with what importing it does (null while the row has problems). */
    public record Line(int row, String code, String name, UnitType type, String typeText, String parentCode, LocalDate validFrom,
                       LocalDate validTo, String replacesWhole, String replacesPart, Change change) implements Serializable {
    }

    /** The rows, the problems and the counts of what importing would do. */
    public record Preview(List<Line> lines, List<Problem> problems, int successionsAdded, int successionsChanged, int kept)
            implements Serializable {

        public boolean valid() {
            return problems.isEmpty() && !lines.isEmpty();
        }

        public long count(Change change) {
            return lines.stream().filter(l -> l.change() == change).count();
        }
    }

    private record Link(UnitNode predecessor, UnitNode successor, boolean whole, int row) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final UnitCells cells = new UnitCells(this::problem);
    private final List<UnitNode> rows = new ArrayList<>();
    private final Map<String, List<UnitNode>> byCode = new HashMap<>();
    private final Map<String, UnitNode> byKey = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<Integer, Line> lines = new LinkedHashMap<>();
    private final Map<Integer, List<String>> raw = new HashMap<>();

    private UnitImport(List<AdministrativeUnit> stored) {
        Map<Long, UnitNode> nodes = new HashMap<>();
        for (AdministrativeUnit unit : stored) {
            UnitNode node = new UnitNode(0, unit, unit.getCode(), unit.getValidFrom());
            node.validTo = unit.getValidTo();
            node.type = unit.getType();
            node.name = unit.getName();
            nodes.put(unit.getId(), node);
            byKey.put(key(unit.getCode(), unit.getValidFrom()), node);
        }
        for (AdministrativeUnit unit : stored) {
            if (unit.getParent() != null) {
                nodes.get(unit.getId()).parent = nodes.get(unit.getParent().getId());
            }
        }
    }

    /** Checks the file's rows (the header first) against the stored units; stores nothing. */
    public static UnitImport check(List<List<String>> file, List<AdministrativeUnit> stored) {
        UnitImport check = new UnitImport(stored);
        check.run(file);
        return check;
    }

    public Preview preview() {
        int added = 0;
        int changed = 0;
        for (Link link : links) {
            UnitSuccession existing = existing(link);
            if (existing == null) {
                added++;
            } else if (existing.isWhole() != link.whole()) {
                changed++;
            }
        }
        Set<UnitNode> named = new HashSet<>(rows);
        int kept = (int) byKey.values().stream().filter(n -> n.stored != null && !named.contains(n)).count();
        List<Problem> byRow = problems.stream().sorted(java.util.Comparator.comparingInt(Problem::row)).toList();
        return new Preview(List.copyOf(lines.values()), byRow, problems.isEmpty() ? added : 0,
                problems.isEmpty() ? changed : 0, kept);
    }

    /**
     * Applies a list without problems: new units and successions go to {@code persist}, stored units take
     * the list's values. Call only inside the transaction that stores them.
     */
    public void apply(Consumer<Object> persist) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("a list with problems imports nothing");
        }
        for (UnitNode node : rows) {
            if (node.stored == null) {
                node.created = new AdministrativeUnit(null, node.code, node.name, node.type, null, node.validFrom, node.validTo);
            }
        }
        for (UnitNode node : parentsFirst()) {
            AdministrativeUnit parent = node.parent == null ? null : node.parent.unit();
            if (node.stored != null) {
                node.stored.takeOfficial(node.name, node.type, parent, node.validTo);
            } else {
                node.created.takeOfficial(node.name, node.type, parent, node.validTo);
                persist.accept(node.created);
            }
        }
        for (Link link : links) {
            UnitSuccession existing = existing(link);
            if (existing == null) {
                persist.accept(new UnitSuccession(null, link.predecessor().unit(), link.successor().unit(), link.whole(),
                        link.successor().validFrom));
            } else {
                existing.whole(link.whole());
            }
        }
    }

    private List<UnitNode> parentsFirst() {
        List<UnitNode> ordered = new ArrayList<>();
        Set<UnitNode> done = new HashSet<>();
        for (UnitNode node : rows) {
            addWithParents(node, ordered, done, new HashSet<>(rows));
        }
        return ordered;
    }

    private static void addWithParents(UnitNode node, List<UnitNode> ordered, Set<UnitNode> done, Set<UnitNode> inFile) {
        if (node == null || done.contains(node) || !inFile.contains(node)) {
            return;
        }
        done.add(node);
        addWithParents(node.parent, ordered, done, inFile);
        ordered.add(node);
    }

    private static UnitSuccession existing(Link link) {
        AdministrativeUnit predecessor = link.predecessor().stored;
        AdministrativeUnit successor = link.successor().stored;
        if (predecessor == null || successor == null) {
            return null;
        }
        return predecessor.getSuccessions().stream().filter(s -> s.getSuccessor().getId().equals(successor.getId()))
                .findFirst().orElse(null);
    }

    private void run(List<List<String>> file) {
        if (!header(file.get(0))) {
            return;
        }
        for (int i = 1; i < file.size(); i++) {
            List<String> fields = file.get(i);
            if (!fields.isEmpty()) {
                read(i + 1, fields);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, null, "geography_import.noRows", List.of()));
            return;
        }
        rows.forEach(this::parent);
        List<UnitNode> inCycles = rows.stream().filter(UnitImport::inCycle).toList();
        for (UnitNode node : inCycles) {
            problem(node.row, 3, "geography_import.cycle", node.parentCode);
        }
        inCycles.forEach(node -> {
            node.parent = null;
            node.parentCode = null;
        });
        rows.forEach(this::level);
        rows.forEach(this::overlap);
        rows.forEach(this::replaces);
        for (UnitNode node : rows) {
            lines.computeIfPresent(node.row, (row, line) -> withChange(line, node));
        }
    }

    private boolean header(List<String> header) {
        List<String> names = header.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!names.equals(COLUMNS)) {
            problems.add(new Problem(1, null, "geography_import.columns", List.of(String.join(",", COLUMNS), String.join(",", header))));
            return false;
        }
        return true;
    }

    private void read(int row, List<String> fields) {
        if (fields.size() != COLUMNS.size()) {
            problems.add(new Problem(row, null, "geography_import.fieldCount", List.of(COLUMNS.size(), fields.size())));
            return;
        }
        raw.put(row, fields);
        if (!cells.safe(row, fields)) {
            lines.put(row, new Line(row, fields.get(0).strip(), fields.get(1).strip(), null, fields.get(2).strip(),
                    fields.get(3).strip(), null, null, fields.get(6).strip(), fields.get(7).strip(), null));
            return;
        }
        String code = cells.code(row, 0, fields.get(0), true);
        String name = VietnameseText.normalise(fields.get(1));
        if (name == null) {
            problem(row, 1, "error.required");
        } else if (name.length() > MAX_NAME) {
            problem(row, 1, "error.tooLong", MAX_NAME);
        }
        UnitType type = cells.type(row, fields.get(2));
        String parentCode = cells.code(row, 3, fields.get(3), false);
        LocalDate from = cells.date(row, 4, fields.get(4), true);
        LocalDate to = cells.date(row, 5, fields.get(5), false);
        if (from != null && to != null && to.isBefore(from)) {
            problem(row, 5, "geography_import.endsBeforeStart");
        }
        lines.put(row, new Line(row, code == null ? fields.get(0).strip() : code, name, type, fields.get(2).strip(),
                parentCode, from, to, fields.get(6).strip(), fields.get(7).strip(), null));
        if (code == null || from == null) {
            return;
        }
        String key = key(code, from);
        UnitNode stored = byKey.get(key);
        if (stored != null && stored.row > 0) {
            problem(row, 0, "geography_import.duplicate", code, stored.row);
            return;
        }
        UnitNode node = new UnitNode(row, stored == null ? null : stored.stored, code, from);
        node.validTo = to;
        node.type = type;
        node.name = name;
        node.parentCode = parentCode;
        byKey.put(key, node);
        rows.add(node);
    }

    /** The parent named by code, among the units valid on the unit's first day. */
    private void parent(UnitNode node) {
        if (node.parentCode == null) {
            node.parent = null;
            return;
        }
        List<UnitNode> found = find(node.parentCode, node.validFrom);
        if (found.size() == 1) {
            node.parent = found.get(0);
        } else {
            node.parent = null;
            problem(node.row, 3, found.isEmpty() ? "geography_import.unknownParent" : "geography_import.ambiguous",
                    node.parentCode, UnitCells.format(node.validFrom));
            node.parentCode = null;
        }
    }

    private static boolean inCycle(UnitNode node) {
        UnitNode at = node.parent;
        for (int steps = 0; at != null && steps < 20; steps++, at = at.parent) {
            if (at == node) {
                return true;
            }
        }
        return false;
    }

    /** A province has no parent; a district lies in a province, a commune in a district or (since 2025) a province. */
    private void level(UnitNode node) {
        if (node.type == null) {
            return;
        }
        if (node.type.level() == UnitLevel.PROVINCE && node.parent != null) {
            problem(node.row, 3, "geography_import.provinceParent");
        } else if (node.type.level() != UnitLevel.PROVINCE && node.parent == null && node.parentCode == null
                && problems.stream().noneMatch(p -> p.row() == node.row && Objects.equals(p.column(), COLUMNS.get(3)))) {
            problem(node.row, 3, "error.required");
        } else if (node.parent != null && node.parent.type != null && node.parent.type.level().ordinal() >= node.type.level().ordinal()) {
            problem(node.row, 3, "geography_import.parentLevel", node.parentCode);
        }
    }

    /** One code names one unit on any day: the file's units do not overlap each other or a stored unit of that code. */
    private void overlap(UnitNode node) {
        for (UnitNode other : byCode(node.code)) {
            if (other != node && node.overlaps(other) && (other.row == 0 || other.row < node.row)) {
                if (other.row > 0) {
                    problem(node.row, 0, "geography_import.duplicate", node.code, other.row);
                } else {
                    problem(node.row, 0, "geography_import.overlapsStored", node.code, UnitCells.format(other.validFrom), UnitCells.format(other.validTo));
                }
                return;
            }
        }
    }

    /** The units it replaced, in whole and in part: each valid on the day before the unit's first day, named once. */
    private void replaces(UnitNode node) {
        List<String> whole = cells.codes(node.row, 6, raw.get(node.row).get(6));
        List<String> part = cells.codes(node.row, 7, raw.get(node.row).get(7));
        Set<String> seen = new HashSet<>();
        for (int kind = 0; kind < 2; kind++) {
            int column = kind == 0 ? 6 : 7;
            for (String code : kind == 0 ? whole : part) {
                if (!seen.add(code)) {
                    problem(node.row, column, "geography_import.replacedTwice", code);
                    continue;
                }
                LocalDate before = node.validFrom.minusDays(1);
                List<UnitNode> found = find(code, before);
                if (found.size() != 1) {
                    problem(node.row, column, found.isEmpty() ? "geography_import.unknownReplaced" : "geography_import.ambiguous",
                            code, UnitCells.format(before));
                } else if (found.get(0) == node) {
                    problem(node.row, column, "geography_import.cycle", code);
                } else {
                    links.add(new Link(found.get(0), node, kind == 0, node.row));
                }
            }
        }
    }

    /** The units of a code, once every row is read (the index is built on first use, after reading). */
    private List<UnitNode> byCode(String code) {
        if (byCode.isEmpty()) {
            byKey.values().forEach(n -> byCode.computeIfAbsent(n.code, c -> new ArrayList<>()).add(n));
        }
        return byCode.getOrDefault(code, List.of());
    }

    private List<UnitNode> find(String code, LocalDate day) {
        return byCode(code).stream().filter(n -> n.validOn(day)).toList();
    }

    private Line withChange(Line line, UnitNode node) {
        if (problems.stream().anyMatch(p -> p.row() == line.row())) {
            return line;
        }
        Change change;
        if (node.stored == null) {
            change = Change.ADDED;
        } else {
            AdministrativeUnit unit = node.stored;
            AdministrativeUnit parent = node.parent == null ? null : node.parent.stored;
            boolean same = unit.getName().equals(node.name) && unit.getType() == node.type && Objects.equals(unit.getValidTo(), node.validTo)
                    && (unit.getParent() == null ? node.parent == null
                    : parent != null && unit.getParent().getId().equals(parent.getId()));
            change = !same ? Change.CHANGED : unit.isDemonstration() ? Change.CONFIRMED : Change.UNCHANGED;
        }
        return new Line(line.row(), line.code(), line.name(), line.type(), line.typeText(), line.parentCode(), line.validFrom(),
                line.validTo(), line.replacesWhole(), line.replacesPart(), change);
    }

    private void problem(int row, int column, String key, Object... arguments) {
        problems.add(new Problem(row, COLUMNS.get(column), key, List.of(arguments)));
    }

    private static String key(String code, LocalDate from) {
        return code + "|" + from;
    }

}
