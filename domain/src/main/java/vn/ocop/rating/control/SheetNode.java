package vn.ocop.rating.control;

import java.io.Serializable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** A node of a scoring sheet's tree, with its children in print order. */
public final class SheetNode implements Serializable {

    private static final Pattern STAR_MARK = Pattern.compile("[ \\t]*\\*{3,5}");
    private static final int PATH_LENGTH = 60;

    private final NodeRow row;
    private final SheetNode parent;
    private final List<SheetNode> children = new ArrayList<>();

    /*
     * Read for every sheet of every product when a round's results are computed (a city round:
     * 5,500 sheets), so parsed and built once; the row never changes. A race computes the same value twice.
     */
    private BigDecimal score;
    private boolean scored;
    private String label;
    private String path;

    SheetNode(NodeRow row, SheetNode parent) {
        this.row = row;
        this.parent = parent;
    }

    List<SheetNode> mutableChildren() {
        return children;
    }

    public NodeRow row() {
        return row;
    }

    public long id() {
        return row.id();
    }

    public int level() {
        return row.level();
    }

    public String code() {
        return row.code();
    }

    public Integer stars() {
        return row.stars();
    }

    public boolean isOption() {
        return row.level() == NodeRow.OPTION;
    }

    public boolean isPart() {
        return row.level() == NodeRow.PART;
    }

    public SheetNode parent() {
        return parent;
    }

    public List<SheetNode> children() {
        return Collections.unmodifiableList(children);
    }

    /** How deep in the tree, 0 for a part. */
    public int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    /** The maximum (or an option's points) as a number; null when empty or unreadable. */
    public BigDecimal score() {
        if (!scored) {
            score = number(row.score());
            scored = true;
        }
        return score;
    }

    /** The text as the form prints it: without the "□" of an option and without the *** marks (kept in {@link #stars()}). */
    public String label() {
        if (label == null) {
            label = printedLabel();
        }
        return label;
    }

    private String printedLabel() {
        String text = row.title().strip();
        if (text.startsWith("□")) {
            text = text.substring(1).strip();
        }
        if (row.stars() != null) {
            text = STAR_MARK.matcher(text).replaceAll("");
        }
        return text.strip();
    }

    /** Where the node is: "Phần C › 6. CHỈ TIÊU CẢM QUAN › d) Mùi". */
    public String path() {
        if (path == null) {
            String own = isPart() && code() != null ? "Phần " + code() : shortLabel();
            path = parent == null ? own : parent.path() + " › " + own;
        }
        return path;
    }

    private String shortLabel() {
        String first = label().lines().findFirst().orElse("").strip();
        String text = isOption() ? "□ " + first : first;
        return text.length() <= PATH_LENGTH ? text : text.substring(0, PATH_LENGTH - 1).strip() + "…";
    }

    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return path();
    }
}
