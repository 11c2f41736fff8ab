package vn.ocop.shared.api;

/** The body of an API error: a stable code, the bundle key of the reason and the field it is about. */
public record ErrorAnswer(String error, String messageKey, String field) {
}
