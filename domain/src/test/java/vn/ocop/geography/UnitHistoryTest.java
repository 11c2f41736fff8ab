package vn.ocop.geography;

import org.junit.jupiter.api.Test;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.geography.entity.UnitSuccession;
import vn.ocop.geography.entity.UnitType;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitHistoryTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 7, 1);

    private final AdministrativeUnit hanoi = new AdministrativeUnit(1L, "01", "Thành phố Hà Nội", UnitType.CENTRAL_CITY, null, null, null);
    private final AdministrativeUnit district = new AdministrativeUnit(2L, "273", "Huyện Đan Phượng", UnitType.RURAL_DISTRICT, hanoi, null, LAST_DAY);
    private final AdministrativeUnit phung = new AdministrativeUnit(10L, "09877", "Thị trấn Phùng", UnitType.TOWNSHIP, district, null, LAST_DAY);
    private final AdministrativeUnit hongHa = new AdministrativeUnit(14L, "09889", "Xã Hồng Hà", UnitType.COMMUNE, district, null, LAST_DAY);
    private final AdministrativeUnit newDanPhuong = new AdministrativeUnit(40L, "09877", "Xã Đan Phượng", UnitType.COMMUNE, hanoi, FIRST_DAY, null);
    private final AdministrativeUnit oDien = new AdministrativeUnit(41L, "09898", "Xã Ô Diên", UnitType.COMMUNE, hanoi, FIRST_DAY, null);
    private final AdministrativeUnit lienMinh = new AdministrativeUnit(42L, "09883", "Xã Liên Minh", UnitType.COMMUNE, hanoi, FIRST_DAY, null);

    @Test
    void validityIsInclusiveOnBothEnds() {
        assertTrue(phung.isValidOn(LAST_DAY));
        assertFalse(phung.isValidOn(FIRST_DAY));
        assertFalse(newDanPhuong.isValidOn(LAST_DAY));
        assertTrue(newDanPhuong.isValidOn(FIRST_DAY));
        assertTrue(newDanPhuong.isValidOn(LocalDate.of(2040, 1, 1)));
    }

    @Test
    void levelFollowsType() {
        assertEquals(UnitLevel.COMMUNE, phung.getLevel());
        assertEquals(UnitLevel.DISTRICT, district.getLevel());
        assertEquals(UnitLevel.PROVINCE, hanoi.getLevel());
    }

    @Test
    void hierarchyContainment() {
        assertTrue(phung.isWithin(district));
        assertTrue(phung.isWithin(hanoi));
        assertFalse(newDanPhuong.isWithin(district), "after 2025 the communes sit directly under the city");
    }

    @Test
    void aSplitUnitHasSeveralPartialSuccessors() {
        new UnitSuccession(1L, phung, newDanPhuong, true, FIRST_DAY);
        new UnitSuccession(2L, hongHa, oDien, false, FIRST_DAY);
        new UnitSuccession(3L, hongHa, lienMinh, false, FIRST_DAY);
        assertEquals(1, phung.getSuccessions().size());
        assertTrue(phung.getSuccessions().get(0).isWhole());
        assertEquals(2, hongHa.getSuccessions().size());
        assertTrue(hongHa.getSuccessions().stream().noneMatch(UnitSuccession::isWhole));
    }
}
