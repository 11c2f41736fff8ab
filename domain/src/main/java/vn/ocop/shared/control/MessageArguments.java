package vn.ocop.shared.control;

import java.util.List;

/** The arguments of a message kept in a page's state (which the servers replicate): strings and numbers only. */
public final class MessageArguments {

    private MessageArguments() {
    }

    /** The arguments, anything but a string or a number as its text (an unmodifiable list). */
    public static List<Object> of(List<?> arguments) {
        return arguments.stream().map(a -> a instanceof String || a instanceof Number ? a : (Object) String.valueOf(a)).toList();
    }
}
