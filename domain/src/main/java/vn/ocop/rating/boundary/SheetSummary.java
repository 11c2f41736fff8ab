package vn.ocop.rating.boundary;

import java.io.Serializable;

import java.math.BigDecimal;
import java.util.List;

/**
 * One scoring sheet in the catalogue: its product set, what its best options total, whether it
 * can be used for scoring, the problems of its transcription and its corrections.
 */
public record SheetSummary(Long id, Long productSetId, int productSetNumber, String productSetCode, String productSetName,
                           BigDecimal total, boolean usable, List<ProblemView> problems, List<CorrectionView> corrections) implements Serializable {

    /** The problems left once the corrections apply. */
    public long remaining() {
        return problems.stream().filter(p -> !p.resolved()).count();
    }

    /** "7. Chế biến từ rau, củ, quả, hạt (I.3.c)". */
    public String productSetLabel() {
        return productSetNumber + ". " + productSetName + " (" + productSetCode + ")";
    }
}
