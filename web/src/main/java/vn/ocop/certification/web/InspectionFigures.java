package vn.ocop.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.certification.boundary.Inspections;
import vn.ocop.certification.entity.InspectionOutcome;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The inspections of a period by outcome, for the statistics page, and the overdue ones, for the office's home (in the
 * caller's scope; counted once per view).
 */
@Named
@ViewScoped
public class InspectionFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One outcome's count. */
    public record Row(InspectionOutcome outcome, long count) implements Serializable {
    }

    @Inject
    Inspections inspections;

    private LocalDate from;
    private LocalDate to;
    private List<Row> rows;
    private Long overdue;

    public List<Row> of(LocalDate periodFrom, LocalDate periodTo) {
        if (rows == null || !periodFrom.equals(from) || !periodTo.equals(to)) {
            from = periodFrom;
            to = periodTo;
            Map<InspectionOutcome, Long> counts = inspections.countByOutcome(from, to);
            rows = counts.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList();
        }
        return rows;
    }

    /** How many inspections to remedy are past their day without a later compliant inspection (the office's home). */
    public long getOverdue() {
        if (overdue == null) {
            overdue = inspections.overdueCount();
        }
        return overdue;
    }

    public long total(List<Row> of) {
        return of.stream().mapToLong(Row::count).sum();
    }
}
