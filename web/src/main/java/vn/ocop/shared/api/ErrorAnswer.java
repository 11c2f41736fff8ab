package vn.ocop.shared.api;

import java.util.List;

/**
 * The body of an API error: a stable code, the bundle key of the reason, the field or parameter it is about, and
 * the reason as a sentence in the caller's language (see {@link ApiLanguage}). A body that breaks several rules at once
 * also lists every problem, each with its field ({@code problems}, the first being the one above); absent otherwise.
 */
public record ErrorAnswer(String error, String messageKey, String field, String message, List<Problem> problems) {

    /** One rule broken by one field of the body. */
    public record Problem(String field, String messageKey, String message) {
    }

    public ErrorAnswer(String error, String messageKey, String field, String message) {
        this(error, messageKey, field, message, null);
    }
}
