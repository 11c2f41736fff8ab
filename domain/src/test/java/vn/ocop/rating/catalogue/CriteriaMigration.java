package vn.ocop.rating.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the generated part of {@code V6__criteria_catalogue.sql}: the scoring sheets of
 * 148/QĐ-TTg from the 26 CSV files of the shared reference ({@code set-01.csv} … {@code set-26.csv},
 * columns {@code title, description, level, stars, score}), the fresh-produce sheet of 1048/QĐ-TTg
 * ({@code 1048-set-01.csv}, the project's transcription of reference §3.5) and the documented
 * corrections ({@code corrections.csv}), both next to this class in the test resources.
 *
 * <p>Every CSV row becomes one node, exactly as transcribed (text in NFC, empty values as NULL);
 * its id is the sheet's id × 1000 + the row's number, its parent the nearest row above with a lower
 * level. Sheet ids are the product sets' ids (1–26 for 148/QĐ-TTg, 101 for 1048/QĐ-TTg). Plain
 * Java, no JUnit: run {@link #main} after changing a source; {@code CriteriaMigrationTest} checks
 * that the committed migration is what this writes.
 */
public final class CriteriaMigration {

    public static final String BEGIN = "-- BEGIN GENERATED\n";
    public static final String END = "-- END GENERATED";

    static final long SET_148 = 1;
    static final long SET_1048 = 2;
    static final long SHEET_1048_FRESH_PRODUCE = 101;
    private static final int SHEETS_148 = 26;
    private static final long NODE_BLOCK = 1000;
    private static final int ROWS_PER_INSERT = 50;

    private static final Pattern PART = Pattern.compile("^Phần\\s+([ABC])\\b");
    private static final Pattern SECTION = Pattern.compile("^(\\d+)\\s*\\.");
    private static final Pattern CRITERION = Pattern.compile("^([a-zđ])\\s*[).]");

    private CriteriaMigration() {
    }

    /** {@code CriteriaMigration <folder of set-NN.csv> <V6 migration file>}: rewrites the generated part in place. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CriteriaMigration <criteria-148 folder> <V6__criteria_catalogue.sql>");
        }
        Path migration = Path.of(args[1]);
        String text = Files.readString(migration, StandardCharsets.UTF_8);
        Files.writeString(migration, replaceGenerated(text, generate(Path.of(args[0]))), StandardCharsets.UTF_8);
    }

    /** The migration's text with its generated part replaced. */
    public static String replaceGenerated(String migration, String generated) {
        int begin = migration.indexOf(BEGIN);
        int end = migration.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the migration has no " + BEGIN.strip() + " … " + END + " part");
        }
        return migration.substring(0, begin + BEGIN.length()) + generated + migration.substring(end);
    }

    /** The generated part: scoring sheets, their nodes and the corrections. */
    public static String generate(Path criteria148) throws IOException {
        StringBuilder sql = new StringBuilder();
        sql.append("-- Scoring sheets: 148/QĐ-TTg sets 1–26 (ids = product set ids), 1048/QĐ-TTg fresh produce (101).\n");
        List<List<String>> sheets = new ArrayList<>();
        Map<Long, List<Node>> nodes = new HashMap<>();
        for (int set = 1; set <= SHEETS_148; set++) {
            String file = String.format(Locale.ROOT, "set-%02d.csv", set);
            sheets.add(List.of(Long.toString(set), Long.toString(SET_148), Long.toString(set), text(source148(set, file))));
            nodes.put((long) set, nodes(set, csv(Files.readString(criteria148.resolve(file), StandardCharsets.UTF_8))));
        }
        sheets.add(List.of(Long.toString(SHEET_1048_FRESH_PRODUCE), Long.toString(SET_1048),
                Long.toString(SHEET_1048_FRESH_PRODUCE), text(SOURCE_1048)));
        nodes.put(SHEET_1048_FRESH_PRODUCE, nodes(SHEET_1048_FRESH_PRODUCE, csv(resource("1048-set-01.csv"))));
        insert(sql, "scoring_sheet (id, criteria_set_id, product_set_id, source)", sheets);
        for (List<String> sheet : sheets) {
            long id = Long.parseLong(sheet.get(0));
            sql.append("\n-- Sheet ").append(id).append(": ").append(nodes.get(id).size()).append(" nodes.\n");
            List<List<String>> rows = nodes.get(id).stream().map(Node::values).toList();
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                insert(sql, "criterion_node (id, sheet_id, parent_id, level, position, code, title, description, score, stars)",
                        rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
            }
        }
        sql.append("\n-- Corrections of the transcription, each with its reason and source.\n");
        insert(sql, "sheet_correction (id, sheet_id, node_id, position, field, old_value, new_value, reason, source)",
                corrections(nodes));
        return sql.toString();
    }

    private static String source148(int set, String file) {
        return "QĐ 148/QĐ-TTg, Phụ lục III, bộ sản phẩm số " + set + ": bản chép công khai [S60] (kho augustine-tran/ocop,"
                + " thư mục db/ocop), tệp criteria-148/" + file + " của tài liệu tham khảo dự án. Nhập nguyên văn;"
                + " các sửa lỗi ghi riêng, kèm lý do.";
    }

    private static final String SOURCE_1048 = "QĐ 1048/QĐ-TTg, Phụ lục III, bộ Rau, củ, quả, hạt tươi: cấu trúc và điểm theo"
            + " bản sao cơ sở dữ liệu công khai năm 2020 [S61] qua tài liệu tham khảo §3.5 (có thể đã gồm sửa đổi của"
            + " QĐ 781/QĐ-TTg: CHƯA CHẮC CHẮN). Lời văn tiêu chí do dự án diễn đạt lại; chỗ thang điểm trùng với"
            + " QĐ 148/QĐ-TTg thì dùng lời văn của QĐ 148. Chưa đối chiếu văn bản gốc; không có dấu hạng sao.";

    private record Node(long id, long sheet, Long parent, int level, int position, String code, String title,
                        String description, String score, String stars) {

        List<String> values() {
            return List.of(Long.toString(id), Long.toString(sheet), parent == null ? "NULL" : parent.toString(),
                    Integer.toString(level), Integer.toString(position), text(code), text(title), text(description),
                    text(score), stars == null ? "NULL" : stars);
        }
    }

    private static List<Node> nodes(long sheet, List<List<String>> csv) {
        List<String> header = csv.get(0);
        if (!header.equals(List.of("title", "description", "level", "stars", "score"))) {
            throw new IllegalArgumentException("sheet " + sheet + ": unexpected columns " + header);
        }
        List<Node> nodes = new ArrayList<>();
        Deque<Node> above = new ArrayDeque<>();
        for (int row = 1; row < csv.size(); row++) {
            List<String> cells = csv.get(row);
            int level = Integer.parseInt(cells.get(2).strip());
            while (!above.isEmpty() && above.peek().level() >= level) {
                above.pop();
            }
            String title = nfc(cells.get(0));
            Node node = new Node(sheet * NODE_BLOCK + row, sheet, above.isEmpty() ? null : above.peek().id(), level, row,
                    code(level, title), title, blankAsNull(nfc(cells.get(1))), blankAsNull(cells.get(4).strip()),
                    blankAsNull(cells.get(3).strip()));
            nodes.add(node);
            above.push(node);
        }
        return nodes;
    }

    /** "A" of "Phần A…", "6" of "6. CHỈ TIÊU…", "d" of "d) Mùi"; none for an option or a "- …" sub-criterion. */
    static String code(int level, String title) {
        Pattern pattern = switch (level) {
            case 0 -> PART;
            case 1 -> SECTION;
            case 2 -> CRITERION;
            default -> null;
        };
        if (pattern == null) {
            return null;
        }
        Matcher matcher = pattern.matcher(title);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static List<List<String>> corrections(Map<Long, List<Node>> nodes) throws IOException {
        List<List<String>> csv = csv(resource("corrections.csv"));
        List<List<String>> rows = new ArrayList<>();
        Map<Long, Integer> positions = new HashMap<>();
        for (List<String> cells : csv.subList(1, csv.size())) {
            long sheet = Long.parseLong(cells.get(0));
            Node node = node(nodes, sheet, Integer.parseInt(cells.get(1)));
            String field = cells.get(2);
            if (!node.title().startsWith(cells.get(4))) {
                throw new IllegalArgumentException("correction of sheet " + sheet + " row " + cells.get(1) + ": the node is \""
                        + node.title() + "\", not \"" + cells.get(4) + "…\"");
            }
            String oldValue = switch (field) {
                case "SCORE" -> node.score();
                case "PARENT" -> node.parent() == null ? null : node.parent().toString();
                case "ALTERNATIVES" -> "false";
                default -> throw new IllegalArgumentException("unknown field " + field);
            };
            String newValue = "PARENT".equals(field)
                    ? Long.toString(node(nodes, sheet, Integer.parseInt(cells.get(3))).id()) : cells.get(3);
            int position = positions.merge(sheet, 1, Integer::sum);
            rows.add(List.of(Integer.toString(rows.size() + 1), Long.toString(sheet), Long.toString(node.id()),
                    Integer.toString(position), text(field), text(oldValue), text(newValue), text(nfc(cells.get(5))),
                    text(nfc(cells.get(6)))));
        }
        return rows;
    }

    private static Node node(Map<Long, List<Node>> nodes, long sheet, int row) {
        return nodes.get(sheet).stream().filter(n -> n.position() == row).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sheet " + sheet + " has no row " + row));
    }

    private static void insert(StringBuilder sql, String table, List<List<String>> rows) {
        sql.append("INSERT INTO ").append(table).append(" VALUES\n");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(" (").append(String.join(", ", rows.get(i))).append(i + 1 < rows.size() ? "),\n" : ");\n");
        }
    }

    /** A SQL string literal (quotes doubled), or NULL. */
    static String text(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CriteriaMigration.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name + " next to " + CriteriaMigration.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The rows of a CSV text (RFC 4180: quoted cells may hold commas, line breaks and doubled
     * quotes). Records end with CRLF or LF; a line break inside a cell is kept as LF.
     */
    static List<List<String>> csv(String text) {
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else if (c != '\r') {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        if (quoted) {
            throw new UncheckedIOException(new IOException("unterminated quoted cell"));
        }
        return rows;
    }
}
