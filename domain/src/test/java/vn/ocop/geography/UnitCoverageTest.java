package vn.ocop.geography;

import org.junit.jupiter.api.Test;
import vn.ocop.geography.control.UnitCoverage;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitSuccession;
import vn.ocop.geography.entity.UnitType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The units an officer of a commune covers: its own and those it replaced, in whole or in part (demonstration units of V2). */
class UnitCoverageTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 7, 1);

    private final AdministrativeUnit hanoi = new AdministrativeUnit(1L, "01", "Thành phố Hà Nội", UnitType.CENTRAL_CITY, null, null, null);
    private final AdministrativeUnit district = new AdministrativeUnit(2L, "273", "Huyện Đan Phượng", UnitType.RURAL_DISTRICT, hanoi, null, LAST_DAY);
    private final AdministrativeUnit phung = commune(10L, "Thị trấn Phùng", UnitType.TOWNSHIP);
    private final AdministrativeUnit hongHa = commune(14L, "Xã Hồng Hà", UnitType.COMMUNE);
    private final AdministrativeUnit haMo = commune(17L, "Xã Hạ Mỗ", UnitType.COMMUNE);
    private final AdministrativeUnit oldDanPhuong = commune(23L, "Xã Đan Phượng", UnitType.COMMUNE);
    private final AdministrativeUnit thoAn = commune(12L, "Xã Thọ An", UnitType.COMMUNE);
    private final AdministrativeUnit danPhuong = new AdministrativeUnit(40L, "09877", "Xã Đan Phượng", UnitType.COMMUNE, hanoi, FIRST_DAY, null);
    private final AdministrativeUnit oDien = new AdministrativeUnit(41L, "09898", "Xã Ô Diên", UnitType.COMMUNE, hanoi, FIRST_DAY, null);
    private final AdministrativeUnit lienMinh = new AdministrativeUnit(42L, "09883", "Xã Liên Minh", UnitType.COMMUNE, hanoi, FIRST_DAY, null);

    private final List<UnitSuccession> successions = List.of(
            new UnitSuccession(1L, phung, danPhuong, true, FIRST_DAY),
            new UnitSuccession(2L, oldDanPhuong, danPhuong, true, FIRST_DAY),
            new UnitSuccession(6L, haMo, oDien, true, FIRST_DAY),
            new UnitSuccession(8L, hongHa, oDien, false, FIRST_DAY),
            new UnitSuccession(15L, thoAn, lienMinh, true, FIRST_DAY),
            new UnitSuccession(17L, hongHa, lienMinh, false, FIRST_DAY),
            new UnitSuccession(18L, district, danPhuong, false, FIRST_DAY),
            new UnitSuccession(19L, district, oDien, false, FIRST_DAY));

    private AdministrativeUnit commune(long id, String name, UnitType type) {
        return new AdministrativeUnit(id, "0" + id, name, type, district, null, LAST_DAY);
    }

    @Test
    void aCommuneCoversItselfAndTheCommunesItReplacedWhole() {
        assertEquals(Set.of(40L, 10L, 23L), UnitCoverage.covered(danPhuong, successions));
        assertEquals(40L, UnitCoverage.covered(danPhuong, successions).iterator().next(), "its own unit first");
    }

    @Test
    void aCommuneSplitBetweenTwoIsCoveredByBothAndNoOtherCommune() {
        Set<Long> oDienCovers = UnitCoverage.covered(oDien, successions);
        Set<Long> lienMinhCovers = UnitCoverage.covered(lienMinh, successions);
        assertEquals(Set.of(41L, 17L, 14L), oDienCovers);
        assertEquals(Set.of(42L, 12L, 14L), lienMinhCovers);
        assertTrue(oDienCovers.stream().noneMatch(UnitCoverage.covered(danPhuong, successions)::contains),
                "Ô Diên covers nothing of Đan Phượng's");
    }

    @Test
    void theFormerDistrictAPartOfWhichACommuneTookStaysOutside() {
        assertTrue(!UnitCoverage.covered(danPhuong, successions).contains(2L));
        assertTrue(!UnitCoverage.covered(oDien, successions).contains(2L));
    }

    @Test
    void aFormerCommuneCoversOnlyItselfAndAChainOfReorganisationsIsFollowed() {
        assertEquals(Set.of(10L), UnitCoverage.covered(phung, successions));
        AdministrativeUnit later = new AdministrativeUnit(50L, "09999", "Xã Sông Hồng", UnitType.COMMUNE, hanoi,
                LocalDate.of(2030, 1, 1), null);
        List<UnitSuccession> withLater = new java.util.ArrayList<>(successions);
        withLater.add(new UnitSuccession(30L, danPhuong, later, true, LocalDate.of(2030, 1, 1)));
        assertEquals(Set.of(50L, 40L, 10L, 23L), UnitCoverage.covered(later, withLater));
    }

    @Test
    void noUnitCoversNothing() {
        assertTrue(UnitCoverage.covered(null, successions).isEmpty());
    }
}
