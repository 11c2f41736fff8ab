package vn.ocop.shared.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The first and the last day found by a query ({@code SELECT NEW … (MIN(…), MAX(…))}); both null when nothing was found. */
public record DateSpan(LocalDate first, LocalDate last) {

    /** The years from the first day's to the last day's (this year at least), newest first; this year alone when empty. */
    public List<Integer> yearsNewestFirst(int thisYear) {
        int from = first == null ? thisYear : first.getYear();
        int to = last == null ? thisYear : Math.max(thisYear, last.getYear());
        return IntStream.rangeClosed(from, to).map(y -> to - (y - from)).boxed().toList();
    }
}
