package vn.ocop.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface text of the current request, in the current view's language. Looked up on every
 * call: never cached in a static field, which would freeze the first user's language for everyone.
 */
public final class Texts {

    public static final String BUNDLE = "vn.ocop.i18n.Messages";

    private Texts() {
    }

    public static String get(String key, Object... arguments) {
        return get(locale(), key, arguments);
    }

    public static String get(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = label(locale, arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * An argument as people read it: a value of an enumeration by its label ("DossierItem.BUSINESS_PLAN"), a list by
     * its values' labels separated by semicolons; anything else as it is.
     */
    private static Object label(Locale locale, Object argument) {
        if (argument instanceof Enum<?> value) {
            String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
            try {
                return ResourceBundle.getBundle(BUNDLE, locale, Thread.currentThread().getContextClassLoader()).getString(key);
            } catch (MissingResourceException e) {
                return value.name();
            }
        }
        if (argument instanceof java.util.Collection<?> values) {
            return values.stream().map(v -> String.valueOf(label(locale, v))).collect(java.util.stream.Collectors.joining("; "));
        }
        return argument;
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getViewRoot() != null) {
            return context.getViewRoot().getLocale();
        }
        return Locale.forLanguageTag("vi");
    }
}
