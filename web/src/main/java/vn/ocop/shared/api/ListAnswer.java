package vn.ocop.shared.api;

import java.util.List;

/** The shape of every list the API answers. */
public record ListAnswer<T>(List<T> items, long total) {

    public static final int MAX_SIZE = 500;

    /** One page of an in-memory list; page from 0, size capped at {@value #MAX_SIZE}; out-of-range pages refused (see {@link Paging}). */
    public static <T> ListAnswer<T> page(List<T> all, int page, int size) {
        Paging paging = Paging.of(page, size);
        int from = (int) Math.min((long) paging.offset(), all.size());
        int to = (int) Math.min((long) from + paging.rows(), all.size());
        return new ListAnswer<>(all.subList(from, to), all.size());
    }

    public static int size(int size) {
        return size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }
}
