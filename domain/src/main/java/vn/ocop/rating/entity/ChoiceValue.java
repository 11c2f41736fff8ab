package vn.ocop.rating.entity;

/** A score sheet's choice as plain values, read in bulk: the sheet, the criterion and the option ticked. */
public record ChoiceValue(Long sheetId, Long criterionId, Long optionId) {
}
