package vn.ocop.shared.control;

import java.util.regex.Pattern;

/** Phone numbers and e-mail addresses as people type them: optional, but well-formed when given. */
public final class Contacts {

    /** Digits with optional spaces, dots or dashes between groups and a leading "+": 8 to 15 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9](?:[ .-]?[0-9]){7,14}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private Contacts() {
    }

    /** The phone number, trimmed, or null when none is given; refused when malformed. */
    public static String phone(String field, String value) {
        String text = VietnameseText.normalise(value);
        if (text != null && (text.length() > 30 || !PHONE.matcher(text).matches())) {
            throw BusinessException.onField(field, "error.phone");
        }
        return text;
    }

    /** The e-mail address, trimmed, or null when none is given; refused when malformed. */
    public static String email(String field, String value) {
        String text = VietnameseText.normalise(value);
        if (text != null && (text.length() > 120 || !EMAIL.matcher(text).matches())) {
            throw BusinessException.onField(field, "error.email");
        }
        return text;
    }
}
