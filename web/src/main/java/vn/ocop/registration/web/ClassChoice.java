package vn.ocop.registration.web;

import vn.ocop.shared.web.AddressFilter;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The class in force a list of products is narrowed to, as the home page counts the classes: none, any, or 3, 4 or
 * 5 stars. In the address as "class=none|any|3|4|5".
 */
public enum ClassChoice {
    NONE("none"), ANY("any"), THREE("3"), FOUR("4"), FIVE("5");

    private final String parameter;

    ClassChoice(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** The choice written in the address, or null with a warning when the text names none. */
    public static ClassChoice of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (ClassChoice choice : values()) {
            if (choice.parameter.equalsIgnoreCase(text.trim())) {
                return choice;
            }
        }
        return AddressFilter.refused(text);
    }

    /** The products to keep (or, for {@link #NONE}, to leave out) among the classes in force, product id to class. */
    public Set<Long> ids(Map<Long, Integer> classes) {
        return classes.entrySet().stream()
                .filter(e -> switch (this) {
                    case NONE, ANY -> true;
                    default -> e.getValue() == Integer.parseInt(parameter);
                })
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** Whether the list leaves the products of {@link #ids} out instead of keeping them. */
    public boolean excepts() {
        return this == NONE;
    }
}
