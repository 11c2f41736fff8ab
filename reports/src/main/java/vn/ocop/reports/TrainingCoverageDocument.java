package vn.ocop.reports;

import java.util.List;
import java.util.Objects;

/**
 * The report of the training coverage of a year against the plan's targets (báo cáo kết quả đào
 * tạo, tập huấn), A4 portrait: one row per audience and commune, then the totals per audience.
 *
 * @param letterhead the issuing body, the place and the day of the report
 * @param year the year reported on
 * @param rows the rows, in print order
 */
public record TrainingCoverageDocument(Letterhead letterhead, int year, List<Row> rows) {

    public TrainingCoverageDocument {
        Objects.requireNonNull(letterhead, "letterhead");
        rows = List.copyOf(rows);
    }

    /**
     * One audience in one commune, or the total of an audience ({@code total} true).
     *
     * @param audience e.g. "Người quản lý chủ thể"
     * @param unit the commune, or "Toàn huyện" for a total
     * @param required how many are to be trained
     * @param trained how many completed a course
     * @param percent the share trained, formatted, e.g. "83,3 %"
     * @param target the plan's target, formatted, e.g. "100 %"
     * @param untrained the names of those still untrained, comma separated
     * @param total whether this is the total of an audience (printed bold)
     */
    public record Row(String audience, String unit, int required, int trained, String percent, String target,
                      String untrained, boolean total) {
    }
}
