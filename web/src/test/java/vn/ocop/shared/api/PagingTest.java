package vn.ocop.shared.api;

import org.junit.jupiter.api.Test;
import vn.ocop.shared.control.BusinessException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page and size of the API's lists: never an offset that overflows. */
class PagingTest {

    @Test
    void aPageFarBeyondTheLargestOffsetIsRefusedInsteadOfOverflowing() {
        assertTrue(99_999_999 * 50 != 99_999_999L * 50, "what the lists computed before: an offset wrapped around");
        assertTrue(99_999_999 * 500 < 0, "or a negative one, which the query refuses (a 500)");
        assertThrows(BusinessException.class, () -> Paging.of(99_999_999, 500));
        BusinessException refused = assertThrows(BusinessException.class, () -> Paging.of(99_999_999, 50));
        assertEquals("error.page", refused.messageKey());
        assertEquals("page", refused.field());
        assertEquals(Integer.MAX_VALUE / 50 - 1, refused.arguments()[0]);
        assertThrows(BusinessException.class, () -> Paging.of(Integer.MAX_VALUE, 1));
        assertThrows(BusinessException.class, () -> Paging.of(-1, 50), "a negative page is refused too");
    }

    @Test
    void theLastPageStillFitsWithItsRows() {
        Paging last = Paging.of(Paging.lastPage(500), 500);
        assertTrue((long) last.offset() + last.rows() <= Integer.MAX_VALUE);
        assertEquals(0, Paging.of(0, 50).offset());
        assertEquals(100, Paging.of(2, 50).offset());
    }

    @Test
    void theSizeIsDefaultedAndCapped() {
        assertEquals(50, Paging.of(0, 0).rows());
        assertEquals(50, Paging.of(0, -3).rows());
        assertEquals(ListAnswer.MAX_SIZE, Paging.of(0, 100_000).rows());
    }

    @Test
    void inMemoryListsUseTheSameRule() {
        assertEquals(List.of(3, 4), ListAnswer.page(List.of(1, 2, 3, 4, 5), 1, 2).items());
        assertEquals(List.of(), ListAnswer.page(List.of(1, 2, 3), 1_000, 50).items());
        assertThrows(BusinessException.class, () -> ListAnswer.page(List.of(1), 99_999_999, 50));
    }
}
