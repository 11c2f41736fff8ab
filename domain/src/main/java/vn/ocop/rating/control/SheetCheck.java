package vn.ocop.rating.control;

import vn.ocop.rating.entity.CorrectionField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scoring sheet checked twice: the transcription as imported, and the sheet with its documented
 * corrections applied in order. Only a sheet whose corrected form has no problem can be used for
 * scoring; the transcription's problems stay visible, each with whether a correction resolved it.
 */
public final class SheetCheck {

    private final SheetTree transcription;
    private final List<SheetProblem> transcriptionProblems;
    private final SheetTree corrected;
    private final List<SheetProblem> problems;
    private final BigDecimal total;

    private SheetCheck(SheetTree transcription, List<SheetProblem> transcriptionProblems, SheetTree corrected,
                       List<SheetProblem> problems, BigDecimal total) {
        this.transcription = transcription;
        this.transcriptionProblems = transcriptionProblems;
        this.corrected = corrected;
        this.problems = problems;
        this.total = total;
    }

    /**
     * @param sheet       how problems name the sheet, e.g. "148/QĐ-TTg #7"
     * @param rows        the nodes as transcribed
     * @param corrections the corrections, in the order they apply
     */
    public static SheetCheck of(String sheet, PartMaxima maxima, List<NodeRow> rows, List<Correction> corrections) {
        SheetTree transcription = SheetTree.of(rows);
        SheetValidator.Validation raw = SheetValidator.validate(sheet, transcription, maxima);
        List<SheetProblem> stale = new ArrayList<>();
        SheetTree corrected = SheetTree.of(apply(sheet, transcription, rows, corrections, stale));
        SheetValidator.Validation after = SheetValidator.validate(sheet, corrected, maxima);
        List<SheetProblem> problems = new ArrayList<>(stale);
        problems.addAll(after.problems());
        return new SheetCheck(transcription, raw.problems(), corrected, List.copyOf(problems), after.total());
    }

    private static List<NodeRow> apply(String sheet, SheetTree transcription, List<NodeRow> rows,
                                       List<Correction> corrections, List<SheetProblem> stale) {
        Map<Long, NodeRow> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        for (Correction correction : corrections) {
            NodeRow row = byId.get(correction.nodeId());
            if (row == null || !Objects.equals(normal(current(row, correction.field())), normal(correction.oldValue()))) {
                SheetNode node = transcription.node(correction.nodeId());
                stale.add(new SheetProblem(sheet, correction.nodeId(), node == null ? "#" + correction.nodeId() : node.path(),
                        ProblemKind.CORRECTION_STALE, correction.oldValue(), row == null ? null : current(row, correction.field())));
                continue;
            }
            byId.put(row.id(), changed(row, correction));
        }
        return List.copyOf(byId.values());
    }

    /** The field's value as a correction writes it: the score as text, the parent's id, "true" or "false". */
    static String current(NodeRow row, CorrectionField field) {
        return switch (field) {
            case SCORE -> row.score();
            case PARENT -> row.parentId() == null ? null : row.parentId().toString();
            case ALTERNATIVES -> Boolean.toString(row.alternatives());
        };
    }

    private static NodeRow changed(NodeRow row, Correction correction) {
        String value = normal(correction.newValue());
        return switch (correction.field()) {
            case SCORE -> row.withScore(value);
            case PARENT -> row.withParent(value == null ? null : Long.valueOf(value));
            case ALTERNATIVES -> row.withAlternatives(Boolean.parseBoolean(value));
        };
    }

    private static String normal(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The sheet with its corrections: what councils score on and print. */
    public SheetTree tree() {
        return corrected;
    }

    public SheetTree transcription() {
        return transcription;
    }

    /** The problems of the transcription as imported. */
    public List<SheetProblem> transcriptionProblems() {
        return transcriptionProblems;
    }

    /** The problems left once the corrections are applied; none for a usable sheet. */
    public List<SheetProblem> problems() {
        return problems;
    }

    /** Whether the corrections resolve a problem of the transcription (no problem of its kind left on its node). */
    public boolean resolved(SheetProblem problem) {
        return problems.stream().noneMatch(p -> p.nodeId() == problem.nodeId() && p.kind() == problem.kind());
    }

    /** What a product scoring the best option everywhere would total: 100 on a usable sheet. */
    public BigDecimal total() {
        return total;
    }

    /** Whether councils may score on this sheet: with its corrections it adds up and has no problem. */
    public boolean usable() {
        return problems.isEmpty();
    }
}
