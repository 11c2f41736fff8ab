package vn.ocop.rating.boundary;

import vn.ocop.rating.control.SheetChoices;

import java.time.LocalDateTime;

/** What a draft save answers: the sheet's new version, when it was saved, the totals and how many criteria are left. */
public record SavedSheet(long version, LocalDateTime savedAt, SheetChoices.Totals totals, int missing) {
}
