package vn.ocop.geography.control;

import vn.ocop.shared.control.MessageArguments;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.geography.entity.UnitSuccession;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.shared.control.VietnameseText;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

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

    private static final Pattern CODE = Pattern.compile("[0-9]{2,10}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
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

    /** A unit of the file or of the database, as the checks see it. */
    private static final class Node {
        final int row;
        final AdministrativeUnit stored;
        final String code;
        final LocalDate validFrom;
        LocalDate validTo;
        UnitType type;
        String name;
        String parentCode;
        Node parent;
        AdministrativeUnit created;

        Node(int row, AdministrativeUnit stored, String code, LocalDate validFrom) {
            this.row = row;
            this.stored = stored;
            this.code = code;
            this.validFrom = validFrom;
        }

        boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }

        AdministrativeUnit unit() {
            return stored != null ? stored : created;
        }
    }

    private record Link(Node predecessor, Node successor, boolean whole, int row) {
    }

    private final List<Problem> problems = new ArrayList<>();
    private final List<Node> rows = new ArrayList<>();
    private final Map<String, List<Node>> byCode = new HashMap<>();
    private final Map<String, Node> byKey = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final Map<Integer, Line> lines = new LinkedHashMap<>();
    private final Map<Integer, List<String>> raw = new HashMap<>();

    private UnitImport(List<AdministrativeUnit> stored) {
        Map<Long, Node> nodes = new HashMap<>();
        for (AdministrativeUnit unit : stored) {
            Node node = new Node(0, unit, unit.getCode(), unit.getValidFrom());
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
        Set<Node> named = new HashSet<>(rows);
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
        for (Node node : rows) {
            if (node.stored == null) {
                node.created = new AdministrativeUnit(null, node.code, node.name, node.type, null, node.validFrom, node.validTo);
            }
        }
        for (Node node : parentsFirst()) {
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

    private List<Node> parentsFirst() {
        List<Node> ordered = new ArrayList<>();
        Set<Node> done = new HashSet<>();
        for (Node node : rows) {
            addWithParents(node, ordered, done, new HashSet<>(rows));
        }
        return ordered;
    }

    private static void addWithParents(Node node, List<Node> ordered, Set<Node> done, Set<Node> inFile) {
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
        List<Node> inCycles = rows.stream().filter(UnitImport::inCycle).toList();
        for (Node node : inCycles) {
            problem(node.row, 3, "geography_import.cycle", node.parentCode);
        }
        inCycles.forEach(node -> {
            node.parent = null;
            node.parentCode = null;
        });
        rows.forEach(this::level);
        rows.forEach(this::overlap);
        rows.forEach(this::replaces);
        for (Node node : rows) {
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
        int before = problems.size();
        for (int c = 0; c < fields.size(); c++) {
            String value = fields.get(c);
            if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
                problem(row, c, "geography_import.formula", value.substring(0, Math.min(20, value.length())));
            } else if (value.length() > UnitCsv.MAX_FIELD) {
                problem(row, c, "error.tooLong", UnitCsv.MAX_FIELD);
            } else if (value.chars().anyMatch(ch -> Character.isISOControl(ch))) {
                problem(row, c, "geography_import.control");
            }
        }
        if (problems.size() > before) {
            lines.put(row, new Line(row, fields.get(0).strip(), fields.get(1).strip(), null, fields.get(2).strip(),
                    fields.get(3).strip(), null, null, fields.get(6).strip(), fields.get(7).strip(), null));
            return;
        }
        String code = code(row, 0, fields.get(0), true);
        String name = VietnameseText.normalise(fields.get(1));
        if (name == null) {
            problem(row, 1, "error.required");
        } else if (name.length() > MAX_NAME) {
            problem(row, 1, "error.tooLong", MAX_NAME);
        }
        UnitType type = type(row, fields.get(2));
        String parentCode = code(row, 3, fields.get(3), false);
        LocalDate from = date(row, 4, fields.get(4), true);
        LocalDate to = date(row, 5, fields.get(5), false);
        if (from != null && to != null && to.isBefore(from)) {
            problem(row, 5, "geography_import.endsBeforeStart");
        }
        lines.put(row, new Line(row, code == null ? fields.get(0).strip() : code, name, type, fields.get(2).strip(),
                parentCode, from, to, fields.get(6).strip(), fields.get(7).strip(), null));
        if (code == null || from == null) {
            return;
        }
        String key = key(code, from);
        Node stored = byKey.get(key);
        if (stored != null && stored.row > 0) {
            problem(row, 0, "geography_import.duplicate", code, stored.row);
            return;
        }
        Node node = new Node(row, stored == null ? null : stored.stored, code, from);
        node.validTo = to;
        node.type = type;
        node.name = name;
        node.parentCode = parentCode;
        byKey.put(key, node);
        rows.add(node);
    }

    /** The parent named by code, among the units valid on the unit's first day. */
    private void parent(Node node) {
        if (node.parentCode == null) {
            node.parent = null;
            return;
        }
        List<Node> found = find(node.parentCode, node.validFrom);
        if (found.size() == 1) {
            node.parent = found.get(0);
        } else {
            node.parent = null;
            problem(node.row, 3, found.isEmpty() ? "geography_import.unknownParent" : "geography_import.ambiguous",
                    node.parentCode, format(node.validFrom));
            node.parentCode = null;
        }
    }

    private static boolean inCycle(Node node) {
        Node at = node.parent;
        for (int steps = 0; at != null && steps < 20; steps++, at = at.parent) {
            if (at == node) {
                return true;
            }
        }
        return false;
    }

    /** A province has no parent; a district lies in a province, a commune in a district or (since 2025) a province. */
    private void level(Node node) {
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
    private void overlap(Node node) {
        for (Node other : byCode(node.code)) {
            if (other != node && overlaps(node, other) && (other.row == 0 || other.row < node.row)) {
                if (other.row > 0) {
                    problem(node.row, 0, "geography_import.duplicate", node.code, other.row);
                } else {
                    problem(node.row, 0, "geography_import.overlapsStored", node.code, format(other.validFrom), format(other.validTo));
                }
                return;
            }
        }
    }

    private static boolean overlaps(Node a, Node b) {
        LocalDate start = max(a.validFrom, b.validFrom);
        LocalDate end = min(a.validTo, b.validTo);
        return start == null || end == null || !end.isBefore(start);
    }

    /** The units it replaced, in whole and in part: each valid on the day before the unit's first day, named once. */
    private void replaces(Node node) {
        List<String> whole = codes(node.row, 6, raw.get(node.row).get(6));
        List<String> part = codes(node.row, 7, raw.get(node.row).get(7));
        Set<String> seen = new HashSet<>();
        for (int kind = 0; kind < 2; kind++) {
            int column = kind == 0 ? 6 : 7;
            for (String code : kind == 0 ? whole : part) {
                if (!seen.add(code)) {
                    problem(node.row, column, "geography_import.replacedTwice", code);
                    continue;
                }
                LocalDate before = node.validFrom.minusDays(1);
                List<Node> found = find(code, before);
                if (found.size() != 1) {
                    problem(node.row, column, found.isEmpty() ? "geography_import.unknownReplaced" : "geography_import.ambiguous",
                            code, format(before));
                } else if (found.get(0) == node) {
                    problem(node.row, column, "geography_import.cycle", code);
                } else {
                    links.add(new Link(found.get(0), node, kind == 0, node.row));
                }
            }
        }
    }

    private List<String> codes(int row, int column, String text) {
        List<String> codes = new ArrayList<>();
        for (String part : text.split(";")) {
            String code = part.strip();
            if (code.isEmpty()) {
                continue;
            }
            if (!CODE.matcher(code).matches()) {
                problem(row, column, "geography_import.code", code);
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The units of a code, once every row is read (the index is built on first use, after reading). */
    private List<Node> byCode(String code) {
        if (byCode.isEmpty()) {
            byKey.values().forEach(n -> byCode.computeIfAbsent(n.code, c -> new ArrayList<>()).add(n));
        }
        return byCode.getOrDefault(code, List.of());
    }

    private List<Node> find(String code, LocalDate day) {
        return byCode(code).stream().filter(n -> n.validOn(day)).toList();
    }

    private Line withChange(Line line, Node node) {
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

    private String code(int row, int column, String text, boolean required) {
        String code = text.strip();
        if (code.isEmpty()) {
            if (required) {
                problem(row, column, "error.required");
            }
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            problem(row, column, "geography_import.code", code);
            return null;
        }
        return code;
    }

    private UnitType type(int row, String text) {
        String key = VietnameseText.searchKey(text);
        if (key == null || key.isBlank()) {
            problem(row, 2, "error.required");
            return null;
        }
        UnitType type = switch (key) {
            case "tinh" -> UnitType.PROVINCE;
            case "thanh pho truc thuoc trung uong", "thanh pho truc thuoc tw" -> UnitType.CENTRAL_CITY;
            case "quan" -> UnitType.URBAN_DISTRICT;
            case "huyen" -> UnitType.RURAL_DISTRICT;
            case "thi xa" -> UnitType.TOWN;
            case "xa" -> UnitType.COMMUNE;
            case "phuong" -> UnitType.WARD;
            case "thi tran" -> UnitType.TOWNSHIP;
            default -> null;
        };
        if (type == null) {
            for (UnitType t : UnitType.values()) {
                if (t.name().equalsIgnoreCase(text.strip())) {
                    type = t;
                }
            }
        }
        if (type == null) {
            problem(row, 2, "geography_import.type", text.strip());
        }
        return type;
    }

    private LocalDate date(int row, int column, String text, boolean required) {
        String value = text.strip();
        if (value.isEmpty()) {
            if (required) {
                problem(row, column, "error.required");
            }
            return null;
        }
        for (DateTimeFormatter format : List.of(DAY, ISO)) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // the other format
            }
        }
        problem(row, column, "geography_import.date", value);
        return null;
    }

    private void problem(int row, int column, String key, Object... arguments) {
        problems.add(new Problem(row, COLUMNS.get(column), key, List.of(arguments)));
    }

    private static String key(String code, LocalDate from) {
        return code + "|" + from;
    }

    private static String format(LocalDate day) {
        return day == null ? "…" : DAY.format(day);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
