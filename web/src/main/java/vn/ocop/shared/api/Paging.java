package vn.ocop.shared.api;

import vn.ocop.shared.control.BusinessException;

/**
 * The {@code page} (from 0) and {@code size} of a list request, checked once for every list: the size is taken as
 * 50 when not positive and capped at {@value ListAnswer#MAX_SIZE}; a negative page, or one so far that its last row
 * would lie beyond the largest offset a query takes ({@link Integer#MAX_VALUE}), is refused with 400 rather than
 * overflowing into a negative offset.
 */
public record Paging(int page, int rows) {

    public static Paging of(int page, int size) {
        int rows = ListAnswer.size(size);
        int last = lastPage(rows);
        if (page < 0 || page > last) {
            throw BusinessException.onField("page", "error.page", last);
        }
        return new Paging(page, rows);
    }

    /** The last page a query can be asked for with that many rows a page. */
    public static int lastPage(int rows) {
        return Integer.MAX_VALUE / rows - 1;
    }

    /** The first row of the page, for {@code setFirstResult}. */
    public int offset() {
        return page * rows;
    }
}
