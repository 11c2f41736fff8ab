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
    private final java.util.List<BusinessException> others = new java.util.ArrayList<>();

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

    /**
     * Several rules broken at once, each by its own field: thrown as the first, carrying the others, so that a form
     * shows every problem next to its field in one go.
     */
    public static BusinessException all(java.util.List<BusinessException> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem");
        }
        BusinessException first = problems.get(0);
        java.util.List<BusinessException> rest = new java.util.ArrayList<>(problems.subList(1, problems.size()));
        first.others.clear();
        first.others.addAll(rest);
        return first;
    }

    /** This problem and the others found with it, in the order of the form. */
    public java.util.List<BusinessException> problems() {
        java.util.List<BusinessException> all = new java.util.ArrayList<>();
        all.add(this);
        all.addAll(others);
        return all;
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
