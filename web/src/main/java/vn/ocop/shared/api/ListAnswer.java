package vn.ocop.shared.api;

import java.util.List;

/** The shape of every list the API answers. */
public record ListAnswer<T>(List<T> items, long total) {

    public static final int MAX_SIZE = 500;

    /** One page of an in-memory list; page from 0, size capped at {@value #MAX_SIZE}. */
    public static <T> ListAnswer<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min((long) Math.max(page, 0) * size(size), all.size());
        int to = (int) Math.min((long) from + size(size), all.size());
        return new ListAnswer<>(all.subList(from, to), all.size());
    }

    public static int size(int size) {
        return size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }
}
