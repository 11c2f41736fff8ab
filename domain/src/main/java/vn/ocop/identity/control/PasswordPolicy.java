package vn.ocop.identity.control;

import vn.ocop.shared.control.BusinessException;

/**
 * What a password must be: 8 to 128 characters, at least one letter and one character that is
 * not a letter, and not the user name. Each broken rule has its own message.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw BusinessException.onField("password", "identity.password.tooShort", MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw BusinessException.onField("password", "identity.password.tooLong", MAX_LENGTH);
        }
        boolean letter = false;
        boolean other = false;
        for (char c : password) {
            if (Character.isLetter(c)) {
                letter = true;
            } else if (!Character.isWhitespace(c)) {
                other = true;
            }
        }
        if (!letter || !other) {
            throw BusinessException.onField("password", "identity.password.tooSimple");
        }
        if (username != null && username.equalsIgnoreCase(new String(password))) {
            throw BusinessException.onField("password", "identity.password.sameAsUsername");
        }
    }
}
