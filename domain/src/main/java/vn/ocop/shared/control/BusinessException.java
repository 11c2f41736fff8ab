package vn.ocop.shared.control;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * The one unchecked exception of the business rules. It carries a message key of the bundle
 * (and its arguments), never a sentence, so the web layer shows it in the user's language.
 * Thrown from a boundary it rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** A rule broken by the value of one input field; the page shows the message next to it. */
    public static BusinessException onField(String field, String messageKey, Object... arguments) {
        return new BusinessException(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    /** The input field the rule is about, or null when it is about the whole record. */
    public String field() {
        return field;
    }
}
