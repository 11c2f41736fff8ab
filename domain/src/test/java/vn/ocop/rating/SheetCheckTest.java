package vn.ocop.rating;

import org.junit.jupiter.api.Test;
import vn.ocop.rating.control.Correction;
import vn.ocop.rating.control.NodeRow;
import vn.ocop.rating.control.PartMaxima;
import vn.ocop.rating.control.ProblemKind;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.rating.control.SheetProblem;
import vn.ocop.rating.entity.CorrectionField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The validation of a scoring sheet on small sheets built by hand (parts 40/25/35). */
class SheetCheckTest {

    private static final PartMaxima P148 = new PartMaxima(40, 25, 35);

    /** A sheet under construction: rows get ids and positions in the order they are added. */
    private static final class Sheet {
        final List<NodeRow> rows = new ArrayList<>();

        long add(Long parent, int level, String code, String title, String score) {
            return add(parent, level, code, title, score, false);
        }

        long add(Long parent, int level, String code, String title, String score, boolean alternatives) {
            long id = rows.size() + 1;
            rows.add(new NodeRow(id, parent, level, (int) id, code, title, null, score, null, alternatives));
            return id;
        }

        /** A part with one section and one criterion whose options go 0 … max. */
        long part(String code, int max) {
            long part = add(null, 0, code, "Phần " + code, Integer.toString(max));
            long section = add(part, 1, "1", "1. MỤC", Integer.toString(max));
            long criterion = add(section, 2, "a", "a) Tiêu chí", Integer.toString(max));
            add(criterion, 3, null, "□ Không", "0");
            add(criterion, 3, null, "□ Có", Integer.toString(max));
            return part;
        }

        /** Parts A and B as {@link #part} makes them, then part C (35) with one section of 35 to fill in; answers the section. */
        long sectionOfPartC(String code, String title) {
            part("A", 40);
            part("B", 25);
            long c = add(null, 0, "C", "Phần C", "35");
            return add(c, 1, code, title, "35");
        }

        SheetCheck check(Correction... corrections) {
            return SheetCheck.of("test", P148, rows, List.of(corrections));
        }
    }

    private static Sheet whole() {
        Sheet sheet = new Sheet();
        sheet.part("A", 40);
        sheet.part("B", 25);
        sheet.part("C", 35);
        return sheet;
    }

    private static List<String> problems(List<SheetProblem> problems) {
        return problems.stream().map(p -> p.path() + " | " + p.kind() + " | " + p.expected() + " | " + p.found()).toList();
    }

    @Test
    void aSheetThatAddsUpIsUsable() {
        SheetCheck check = whole().check();
        assertTrue(check.usable());
        assertEquals(List.of(), check.transcriptionProblems());
        assertEquals(0, BigDecimal.valueOf(100).compareTo(check.total()));
    }

    @Test
    void aWrongOptionShowsAtItsCriterionAndAtEveryTotalItSpoils() {
        Sheet sheet = new Sheet();
        long section = sheet.sectionOfPartC("6", "6. CẢM QUAN");
        long smell = sheet.add(section, 2, "d", "d) Mùi", "4");
        sheet.add(smell, 3, null, "□ Tự nhiên", "1");
        long top = sheet.add(smell, 3, null, "□ Tự nhiên, hấp dẫn*****", "3");
        long taste = sheet.add(section, 2, "đ", "đ) Vị", "31");
        sheet.add(taste, 3, null, "□ Phù hợp", "31");
        SheetCheck check = sheet.check();
        assertEquals(List.of("Phần C › 6. CẢM QUAN › d) Mùi | MISMATCH | 4 | 3", "Phần C › 6. CẢM QUAN | MISMATCH | 35 | 34",
                "Phần C | MISMATCH | 35 | 34"), problems(check.transcriptionProblems()));
        assertFalse(check.usable());
        assertEquals(0, BigDecimal.valueOf(99).compareTo(check.total()));

        SheetCheck corrected = sheet.check(new Correction(1, top, CorrectionField.SCORE, "3", "4", "reason", "source"));
        assertTrue(corrected.usable(), () -> problems(corrected.problems()).toString());
        assertTrue(corrected.transcriptionProblems().stream().allMatch(corrected::resolved));
        assertEquals("3", corrected.transcription().node(top).row().score(), "the transcription stays as it was");
        assertEquals("4", corrected.tree().node(top).row().score());
    }

    @Test
    void aMissingMaximumIsReportedAndTheChildrenGiveIt() {
        Sheet sheet = whole();
        long criterion = 13;
        sheet.rows.set(12, new NodeRow(criterion, 12L, 2, 13, "a", "a)", null, "", null, false));
        SheetCheck check = sheet.check();
        assertEquals(List.of("Phần C › 1. MỤC › a) | NO_MAXIMUM | null | 35"), problems(check.transcriptionProblems()));
        assertTrue(sheet.check(new Correction(1, criterion, CorrectionField.SCORE, null, "35", "r", "s")).usable());
    }

    @Test
    void aCriterionWithoutOptionsCannotBeScored() {
        Sheet sheet = new Sheet();
        long section = sheet.sectionOfPartC("6", "6. CẢM QUAN");
        long look = sheet.add(section, 2, "a", "a) Ngoại hình", "35");
        long dust = sheet.add(section, 2, null, "- Tạp chất", "35");
        sheet.add(dust, 3, null, "□ Sạch", "35");
        assertEquals(List.of("Phần C › 6. CẢM QUAN › a) Ngoại hình | NO_OPTIONS | 35 | null",
                "Phần C › 6. CẢM QUAN | MISMATCH | 35 | 70", "Phần C | MISMATCH | 35 | 70"),
                problems(sheet.check().transcriptionProblems()));
        SheetCheck moved = sheet.check(new Correction(1, dust, CorrectionField.PARENT, Long.toString(section),
                Long.toString(look), "r", "s"));
        assertTrue(moved.usable(), () -> problems(moved.problems()).toString());
        assertEquals(List.of("- Tạp chất"), moved.tree().node(look).children().stream().map(n -> n.label()).toList());
    }

    @Test
    void unreadableAndNegativePointsAreReported() {
        Sheet sheet = whole();
        sheet.rows.set(3, new NodeRow(4, 3L, 3, 4, null, "□ Không", null, "l", null, false));
        sheet.rows.set(8, new NodeRow(9, 8L, 3, 9, null, "□ Không", null, "-1", null, false));
        assertEquals(List.of("Phần A › 1. MỤC › a) Tiêu chí › □ Không | UNREADABLE | null | l",
                "Phần B › 1. MỤC › a) Tiêu chí › □ Không | NEGATIVE_POINTS | 0 | -1"),
                problems(sheet.check().transcriptionProblems()));
    }

    @Test
    void alternativeCasesGiveTheirBestInsteadOfTheirSum() {
        Sheet sheet = new Sheet();
        long section = sheet.sectionOfPartC("8", "8. ĐIỀU KIỆN KINH DOANH");
        for (String name : List.of("a. Trường hợp 1", "b. Trường hợp 2")) {
            long option = sheet.add(section, 2, name.substring(0, 1), name, "35");
            sheet.add(option, 3, null, "□ Đạt", "35");
        }
        assertEquals(List.of("Phần C › 8. ĐIỀU KIỆN KINH DOANH | MISMATCH | 35 | 70", "Phần C | MISMATCH | 35 | 70"),
                problems(sheet.check().transcriptionProblems()));
        SheetCheck corrected = sheet.check(new Correction(1, section, CorrectionField.ALTERNATIVES, "false", "true", "r", "s"));
        assertTrue(corrected.usable());
    }

    @Test
    void partsMustBeTheSetsWithItsMaxima() {
        Sheet sheet = new Sheet();
        sheet.part("A", 35);
        sheet.part("B", 25);
        sheet.part("C", 40);
        assertEquals(List.of("Phần A | PART_MAXIMUM | 40 | 35", "Phần C | PART_MAXIMUM | 35 | 40"),
                problems(sheet.check().transcriptionProblems()));
        assertTrue(SheetCheck.of("1048", new PartMaxima(35, 25, 40), sheet.rows, List.of()).usable());

        Sheet twoParts = new Sheet();
        twoParts.part("A", 40);
        twoParts.part("C", 35);
        assertEquals(List.of(" | PARTS | A, B, C | A, C", " | TOTAL | 100 | 75"), problems(twoParts.check().transcriptionProblems()));
    }

    @Test
    void theTreeMustGoPartSectionCriterionOption() {
        Sheet sheet = whole();
        long a = 1;
        long stray = sheet.add(a, 3, null, "□ Lạc chỗ", "0");
        sheet.add(stray, 3, null, "□ Con của phương án", "0");
        List<ProblemKind> kinds = sheet.check().transcriptionProblems().stream().map(SheetProblem::kind).toList();
        assertTrue(kinds.contains(ProblemKind.STRUCTURE), kinds.toString());
    }

    @Test
    void aCorrectionThatNoLongerMatchesTheTranscriptionIsReportedAndNotApplied() {
        Sheet sheet = whole();
        SheetCheck check = sheet.check(new Correction(1, 5, CorrectionField.SCORE, "39", "41", "r", "s"),
                new Correction(2, 999, CorrectionField.SCORE, "1", "2", "r", "s"));
        assertEquals(List.of("Phần A › 1. MỤC › a) Tiêu chí › □ Có | CORRECTION_STALE | 39 | 40",
                "#999 | CORRECTION_STALE | 1 | null"), problems(check.problems()));
        assertFalse(check.usable());
        assertEquals("40", check.tree().node(5).row().score());
    }

    @Test
    void labelsDropTheBoxAndTheStarMarksButKeepTheText() {
        Sheet sheet = whole();
        sheet.rows.add(new NodeRow(99, 3L, 3, 99, null, "□ Phong cách độc đáo*****\nGhi chú: vi phạm thì loại", null, "0", 5, false));
        var node = sheet.check().tree().node(99);
        assertEquals("Phong cách độc đáo\nGhi chú: vi phạm thì loại", node.label());
        assertEquals("Phần A › 1. MỤC › a) Tiêu chí › □ Phong cách độc đáo", node.path());
    }
}
