package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.control.SheetChoices;
import vn.ocop.rating.entity.ReferenceKind;

import java.time.LocalDateTime;
import java.util.Map;

/** A self-assessment or advisory pre-score of a product as its page shows it: the form and what was recorded. */
public record ReferenceSheetView(RoundView round, RoundProductView product, ReferenceKind kind, SheetForm form,
                                 Map<Long, Long> choices, SheetChoices.Totals totals, long version, String enteredBy,
                                 LocalDateTime enteredAt, boolean editable) implements Serializable {
}
