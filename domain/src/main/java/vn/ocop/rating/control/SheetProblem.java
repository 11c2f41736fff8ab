package vn.ocop.rating.control;

/**
 * One problem of a scoring sheet.
 *
 * @param sheet    the sheet, e.g. "148/QĐ-TTg #7"
 * @param nodeId   the node at fault (the sheet's first part for problems of the whole sheet)
 * @param path     where in the sheet, e.g. "Phần C › 6. CHỈ TIÊU CẢM QUAN › d) Mùi"
 * @param expected what the sheet says (e.g. the maximum it prints), null when it says nothing
 * @param found    what its children give (or the unreadable text), null when there is nothing
 */
public record SheetProblem(String sheet, long nodeId, String path, ProblemKind kind, String expected, String found) {

    @Override
    public String toString() {
        return sheet + " | " + path + " | " + kind + " | expected " + expected + " | found " + found;
    }
}
