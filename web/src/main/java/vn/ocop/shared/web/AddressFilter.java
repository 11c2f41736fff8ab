package vn.ocop.shared.web;

import java.util.regex.Pattern;

/**
 * A list's filter given in the page's address (a link of the home page, a bookmark): the value the filter allows, or
 * none with a warning that names what was not understood, so that a mistyped address shows the whole list and says
 * why instead of failing.
 */
public final class AddressFilter {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final int SHOWN = 40;

    private AddressFilter() {
    }

    /** The constant of {@code type} named by {@code text}, or null (with the warning) when none is. */
    public static <E extends Enum<E>> E value(Class<E> type, String text) {
        if (blank(text)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.trim())) {
                return constant;
            }
        }
        return refused(text);
    }

    /** The record id written in {@code text}, or null (with the warning) when it is not one. */
    public static Long id(String text) {
        if (blank(text)) {
            return null;
        }
        return ID.matcher(text.trim()).matches() ? Long.valueOf(text.trim()) : refused(text);
    }

    /** A whole number among {@code allowed}, or null (with the warning). */
    public static Integer number(String text, int... allowed) {
        if (blank(text)) {
            return null;
        }
        for (int value : allowed) {
            if (String.valueOf(value).equals(text.trim())) {
                return value;
            }
        }
        return refused(text);
    }

    /** True or false, written "true" or "false" (in any case), or null (with the warning) for any other text. */
    public static Boolean flag(String text) {
        if (blank(text)) {
            return null;
        }
        String value = text.trim();
        return "true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value) ? Boolean.valueOf(value) : refused(text);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Warns that the filter was not understood and is left out. */
    public static <T> T refused(String text) {
        String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
        // Read before the page's language is applied to the view: the language is the session's.
        java.util.Locale locale = jakarta.enterprise.inject.spi.CDI.current().select(UserSession.class).get().getLocale();
        String message = Texts.get(locale, "general.badFilter", shown.replaceAll("\\p{Cntrl}", "?"));
        jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null,
                new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_WARN, message, message));
        return null;
    }
}
