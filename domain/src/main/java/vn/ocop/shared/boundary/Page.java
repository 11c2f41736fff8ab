package vn.ocop.shared.boundary;

import java.util.List;

/** One page of a list that the database paged: the rows and the total count of the whole list. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
