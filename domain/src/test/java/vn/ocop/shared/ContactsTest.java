package vn.ocop.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ContactsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912345678", "024 3886 1234", "+84 912 345 678", "0912.345.678"})
    void usualPhoneNumbersPass(String phone) {
        assertEquals(phone, Contacts.phone("phone", "  " + phone + " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12345", "0912-345-678x", "09123456789012345678"})
    void malformedPhoneNumbersAreRefusedOnTheirField(String phone) {
        BusinessException e = assertThrows(BusinessException.class, () -> Contacts.phone("managerPhone", phone));
        assertEquals("error.phone", e.messageKey());
        assertEquals("managerPhone", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"htx.tanhoi@gmail.com", "ocop@danphuong.hanoi.gov.vn"})
    void emailAddressesPass(String email) {
        assertEquals(email, Contacts.email("email", email));
    }

    @ParameterizedTest
    @ValueSource(strings = {"htx.tanhoi", "a@b", "Nguyễn@x.vn", "a b@c.vn"})
    void malformedEmailAddressesAreRefused(String email) {
        assertEquals("error.email", assertThrows(BusinessException.class, () -> Contacts.email("email", email)).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nothingGivenIsNothing(String blank) {
        assertNull(Contacts.phone("phone", blank));
        assertNull(Contacts.email("email", blank));
    }
}
