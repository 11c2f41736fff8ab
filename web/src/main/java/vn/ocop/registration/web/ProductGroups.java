package vn.ocop.registration.web;

import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.web.Texts;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The name of a group of product sets ("Thực phẩm chế biến") in a language. The criteria sets name their groups in
 * Vietnamese only; the English names are in the messages, keyed {@code ProductGroup.} and the Vietnamese name without
 * diacritics, words joined by "_" ({@code ProductGroup.thuc_pham_che_bien}). Vietnamese, or a group without an English
 * name, reads as the criteria set names it.
 */
public final class ProductGroups {

    private ProductGroups() {
    }

    /** The key of the group's English name. */
    static String key(String group) {
        return "ProductGroup." + VietnameseText.searchKey(group).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    public static String name(String group, Locale locale) {
        if (group == null || !"en".equals(locale.getLanguage())) {
            return group;
        }
        try {
            return ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH, Thread.currentThread().getContextClassLoader())
                    .getString(key(group));
        } catch (MissingResourceException noEnglishName) {
            return group;
        }
    }
}
