package vn.ocop.registration;

import org.junit.jupiter.api.Test;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.entity.Role;
import vn.ocop.registration.control.ProducerScope;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.registration.entity.Representative;
import vn.ocop.shared.control.BusinessException;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may see a producer and what belongs to it, without a server. */
class ProducerScopeTest {

    private static final AdministrativeUnit PHUNG = new AdministrativeUnit(10L, "09877", "Thị trấn Phùng", UnitType.TOWNSHIP, null, null, null);

    private final Producer producer = new Producer("Hợp tác xã Bánh Phùng", ProducerType.COOPERATIVE, "0100109106", PHUNG, "Phố Phùng",
            new Representative("Nguyễn Văn An", "Giám đốc", "MALE", "Kinh"));

    private static void assertNotFound(Runnable action, String message) {
        assertEquals("error.notFound", assertThrows(BusinessException.class, action::run, message).messageKey(), message);
    }

    private static Caller as(Role role, Long unit) {
        return new Caller("u", "U", role, unit, null, null, "vi");
    }

    @Test
    void aCommuneOfficerSeesTheProducersOfTheirCommuneAndOfTheFormerCommunesItCovers() {
        assertSame(producer, ProducerScope.reached(producer, as(Role.COMMUNE, 10L)));
        Caller danPhuong = new Caller("u", "U", Role.COMMUNE, 40L, null, null, "vi", Set.of(40L, 10L));
        assertTrue(ProducerScope.reaches(danPhuong, producer));
        assertSame(producer, ProducerScope.reached(producer, danPhuong));
    }

    @Test
    void aProducerOfAnotherCommuneIsNotFoundForACommuneOfficer() {
        Caller other = as(Role.COMMUNE, 21L);
        assertFalse(ProducerScope.reaches(other, producer));
        assertNotFound(() -> ProducerScope.reached(producer, other), "another commune");
        assertNotFound(() -> ProducerScope.reached(producer, as(Role.COMMUNE, null)), "an officer without a unit");
    }

    @Test
    void theOtherRolesSeeEveryProducer() {
        for (Role role : new Role[] {Role.OFFICER, Role.LEADER, Role.ADMIN}) {
            assertSame(producer, ProducerScope.reached(producer, as(role, 2L)), role.name());
        }
    }

    @Test
    void aProducerThatDoesNotExistIsNotFound() {
        assertNotFound(() -> ProducerScope.reached(null, as(Role.OFFICER, null)), "no producer");
    }
}
