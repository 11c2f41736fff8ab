package vn.ocop.shared;

import org.junit.jupiter.api.Test;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.Contacts;
import vn.ocop.shared.control.VietnameseText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A form's fields checked each on its own: every problem reported at once, in the order of the form. */
class ChecksTest {

    @Test
    void everyBrokenRuleIsReportedWithItsField() {
        BusinessException thrown = assertThrows(BusinessException.class, () -> Checks.all(
                () -> VietnameseText.required("name", "  ", 200),
                () -> Contacts.phone("phone", "12"),
                () -> Contacts.email("email", "sen@htx.vn"),
                () -> Contacts.email("email", "không phải thư")));
        List<String> fields = thrown.problems().stream().map(BusinessException::field).toList();
        assertEquals(List.of("name", "phone", "email"), fields);
        assertEquals("name", thrown.field(), "thrown as the first, carrying the others");
    }

    @Test
    void aFormWithoutProblemPasses() {
        assertDoesNotThrow(() -> Checks.all(() -> VietnameseText.required("name", "Hợp tác xã Tân Hội", 200),
                () -> Contacts.phone("phone", "0912 345 678")));
        assertEquals(1, new BusinessException("error.required").problems().size());
    }
}
