package vn.ocop.shared.boundary;

import java.io.Serializable;

/**
 * The order a user asked a list in: a column's name as the page knows it and the direction. Each
 * boundary maps the names it accepts to its own attributes and ignores any other.
 */
public record Sort(String field, boolean ascending) implements Serializable {

    public static Sort none() {
        return new Sort(null, true);
    }
}
