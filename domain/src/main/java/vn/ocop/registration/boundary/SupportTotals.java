package vn.ocop.registration.boundary;

import java.io.Serializable;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The totals of the supports (of a year, or of all years), by type and commune, and the sums the
 * support page shows: per type in the order of the types, per commune by name, and the grand total.
 */
public record SupportTotals(List<SupportTotal> cells) implements Serializable {

    /** One line of a summary: its label, how many supports and how much. */
    public record Line(String label, long count, long amountVnd) {
    }

    public SupportTotals {
        cells = List.copyOf(cells);
    }

    /** The totals of one type only; all of them when the type is null. */
    public SupportTotals only(Long typeId) {
        return typeId == null ? this : new SupportTotals(cells.stream().filter(c -> c.typeId().equals(typeId)).toList());
    }

    /** Per type, in the order of the types (as {@link Supports#totals} answers), named in the language ("vi" or "en"). */
    public List<Line> byType(String language) {
        return sum(cells, SupportTotal::typeId, c -> c.typeName(language));
    }

    /** Per commune, by the commune's name. */
    public List<Line> byCommune() {
        return sum(cells, SupportTotal::communeId, SupportTotal::communeName).stream()
                .sorted(Comparator.comparing(Line::label)).toList();
    }

    public long count() {
        return cells.stream().mapToLong(SupportTotal::count).sum();
    }

    public long amountVnd() {
        return cells.stream().mapToLong(SupportTotal::amountVnd).sum();
    }

    private static List<Line> sum(List<SupportTotal> cells, Function<SupportTotal, Long> key,
                                  Function<SupportTotal, String> label) {
        Map<Long, Line> lines = new LinkedHashMap<>();
        for (SupportTotal c : cells) {
            lines.merge(key.apply(c), new Line(label.apply(c), c.count(), c.amountVnd()),
                    (a, b) -> new Line(a.label(), a.count() + b.count(), a.amountVnd() + b.amountVnd()));
        }
        return List.copyOf(lines.values());
    }
}
