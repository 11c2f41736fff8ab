package vn.ocop.rating.boundary;

import java.io.Serializable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A criteria set with the maxima of its parts (code → points, in order A, B, C) and its scoring sheets. */
public record CriteriaSetView(Long id, String code, String name, LocalDate effectiveFrom, LocalDate effectiveTo,
                              Map<String, Integer> parts, String source, List<SheetSummary> sheets) implements Serializable {

    public long usableSheets() {
        return sheets.stream().filter(SheetSummary::usable).count();
    }
}
