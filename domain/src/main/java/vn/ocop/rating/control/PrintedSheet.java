package vn.ocop.rating.control;

import vn.ocop.reports.ScoringSheetDocument;

import java.util.List;
import java.util.Objects;

/** The blank printed form of a scoring sheet, from its corrected tree. */
public final class PrintedSheet {

    private PrintedSheet() {
    }

    /** The product set as the form names it: "Bộ sản phẩm số 7 (I.3.c): Chế biến từ rau, củ, quả, hạt". */
    public static String productSet(int number, String code, String name) {
        return "Bộ sản phẩm số " + number + " (" + code + "): " + name;
    }

    /**
     * @param productSet e.g. "Bộ sản phẩm số 7 (I.3.c): Chế biến từ rau, củ, quả, hạt"
     */
    public static ScoringSheetDocument document(String criteriaSet, String criteriaSetName, String productSet,
                                                PartMaxima parts, SheetTree tree) {
        List<ScoringSheetDocument.Row> rows = tree.inPrintOrder().stream()
                .map(node -> new ScoringSheetDocument.Row(node.level(), node.label(), node.row().description(),
                        node.row().score(), Objects.requireNonNullElse(node.stars(), 0)))
                .toList();
        List<ScoringSheetDocument.Part> totals = parts.asMap().entrySet().stream()
                .map(part -> new ScoringSheetDocument.Part(part.getKey(), part.getValue())).toList();
        return new ScoringSheetDocument(criteriaSet, criteriaSetName, productSet, totals, rows);
    }
}
