package vn.ocop.shared;

import org.junit.jupiter.api.Test;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.VietnameseText;

import java.text.Normalizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VietnameseTextTest {

    @Test
    void decomposedInputBecomesComposed() {
        String decomposed = Normalizer.normalize("Đan Phượng", Normalizer.Form.NFD);
        assertTrue(decomposed.length() > "Đan Phượng".length(), "the test input really is decomposed");
        assertEquals("Đan Phượng", VietnameseText.normalise(decomposed));
        assertTrue(Normalizer.isNormalized(VietnameseText.normalise(decomposed), Normalizer.Form.NFC));
    }

    @Test
    void trimsAndCollapsesWhiteSpace() {
        assertEquals("Thị trấn Phùng", VietnameseText.normalise("  Thị   trấn\tPhùng \n"));
    }

    @Test
    void blankBecomesNull() {
        assertNull(VietnameseText.normalise("   "));
        assertNull(VietnameseText.normalise(null));
    }

    @Test
    void searchKeyFoldsDiacriticsCaseAndDStroke() {
        assertEquals("tan hoi", VietnameseText.searchKey("Tân Hội"));
        assertEquals("dan phuong", VietnameseText.searchKey("ĐAN PHƯỢNG"));
        assertEquals("o dien", VietnameseText.searchKey(Normalizer.normalize("Ô Diên", Normalizer.Form.NFD)));
        assertEquals(VietnameseText.searchKey("tan hoi"), VietnameseText.searchKey("Tân  Hội"));
    }

    @Test
    void requiredTextIsNormalisedOrRefusedForItsField() {
        assertEquals("Tân Hội", VietnameseText.required("name", "  Tân   Hội ", 10));
        BusinessException blank = assertThrows(BusinessException.class, () -> VietnameseText.required("name", " ", 10));
        assertEquals("error.required", blank.messageKey());
        assertEquals("name", blank.field());
        assertEquals("error.tooLong", assertThrows(BusinessException.class,
                () -> VietnameseText.required("name", "Đan Phượng Hà Nội", 10)).messageKey());
    }
}
