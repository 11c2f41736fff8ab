package vn.ocop.shared.api;

/**
 * The body of an API error: a stable code, the bundle key of the reason, the field or parameter it is about, and
 * the reason as a sentence in the caller's language (see {@link ApiLanguage}).
 */
public record ErrorAnswer(String error, String messageKey, String field, String message) {
}
