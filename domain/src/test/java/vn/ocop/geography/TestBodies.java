package vn.ocop.geography;

import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.geography.entity.UnitLevel;

import java.time.LocalDate;

/** The bodies of the reference data (V13), built in code for the plain unit tests. */
public final class TestBodies {

    private TestBodies() {
    }

    /**
     * The People's Committee of the former Đan Phượng district, until 30/06/2025; under 1048 (its 2019 practice) it
     * recognises at district level, conferring no class (V31).
     */
    public static IssuingBody danPhuong() {
        IssuingBody body = new IssuingBody("273", UnitLevel.DISTRICT, "HUYỆN ĐAN PHƯỢNG", "UBND huyện Đan Phượng", "Đan Phượng", "huyện",
                "huyện Đan Phượng", "Đan Phượng district", LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30))
                .with("1048", true, 3, 5, false, "01")
                .with("148", true, 3, 3, false, "01");
        body.role("1048").orElseThrow().atOwnLevel();
        return body;
    }

    /** The People's Committee of Hà Nội. */
    public static IssuingBody haNoi() {
        return new IssuingBody("01", UnitLevel.PROVINCE, "THÀNH PHỐ HÀ NỘI", "UBND Thành phố Hà Nội", "Hà Nội", "Thành phố",
                "thành phố Hà Nội", "Hà Nội City", LocalDate.of(2008, 8, 1), null)
                .with("1048", true, 3, 4, false, "CENTRAL")
                .with("148", true, 4, 4, false, "CENTRAL")
                .with("148-1489", true, 3, 4, false, "CENTRAL");
    }

    /** The People's Committee of xã Ô Diên, from 01/07/2025. */
    public static IssuingBody oDien() {
        return new IssuingBody("09898", UnitLevel.COMMUNE, "XÃ Ô DIÊN", "UBND xã Ô Diên", "Ô Diên", "xã", "xã Ô Diên",
                "Ô Diên commune", LocalDate.of(2025, 7, 1), null)
                .with("148-1489", false, null, null, true, "01");
    }
}
