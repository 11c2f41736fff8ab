package vn.ocop.shared.entity;

/** A count per record, read by a grouping query ({@code SELECT NEW … (x.id, COUNT(…)) … GROUP BY x.id}). */
public record CountOf(Long id, Long count) {
}
