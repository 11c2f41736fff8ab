package vn.ocop.geography;

import org.junit.jupiter.api.Test;
import vn.ocop.geography.control.UnitCsv;
import vn.ocop.geography.control.UnitImport;
import vn.ocop.geography.control.UnitImport.Change;
import vn.ocop.geography.control.UnitListCsv;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitSuccession;
import vn.ocop.geography.entity.UnitType;
import vn.ocop.shared.control.BusinessException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitImportTest {

    private static final String HEADER = "code,name,type,parent_code,valid_from,valid_to,replaces_whole,replaces_part\n";
    private static final LocalDate FIRST = LocalDate.of(2025, 7, 1);

    private final AdministrativeUnit hanoi = new AdministrativeUnit(1L, "01", "Thành phố Hà Nội", UnitType.CENTRAL_CITY, null,
            LocalDate.of(2008, 8, 1), null);
    private final AdministrativeUnit district = new AdministrativeUnit(2L, "273", "Huyện Đan Phượng", UnitType.RURAL_DISTRICT, hanoi,
            LocalDate.of(2008, 8, 1), FIRST.minusDays(1));
    private final AdministrativeUnit phung = new AdministrativeUnit(10L, "09877", "Thị trấn Phùng", UnitType.TOWNSHIP, district,
            LocalDate.of(2008, 8, 1), FIRST.minusDays(1));
    private final AdministrativeUnit hongHa = new AdministrativeUnit(14L, "09889", "Xã Hồng Hà", UnitType.COMMUNE, district,
            LocalDate.of(2008, 8, 1), FIRST.minusDays(1));
    private final AdministrativeUnit danPhuong = new AdministrativeUnit(40L, "09877", "Xã Đan Phượng", UnitType.COMMUNE, hanoi, FIRST, null);

    private List<AdministrativeUnit> stored() {
        new UnitSuccession(1L, phung, danPhuong, true, FIRST);
        new UnitSuccession(2L, hongHa, danPhuong, false, FIRST);
        return List.of(hanoi, district, phung, hongHa, danPhuong);
    }

    private static UnitImport check(String csv, List<AdministrativeUnit> stored) {
        return UnitImport.check(UnitCsv.read(csv.getBytes(StandardCharsets.UTF_8)), stored);
    }

    @Test
    void theStoredListReadsBackWithoutAChange() {
        List<AdministrativeUnit> stored = stored();
        UnitImport.Preview preview = UnitImport.check(UnitCsv.read(UnitListCsv.write(stored)), stored).preview();
        assertTrue(preview.valid(), preview.problems().toString());
        assertEquals(5, preview.count(Change.UNCHANGED));
        assertEquals(0, preview.successionsAdded());
        assertEquals(0, preview.successionsChanged());
    }

    @Test
    void newCommunesAndTheirSuccessionsAreAddedUnderTheCity() {
        List<AdministrativeUnit> stored = stored();
        UnitImport check = check(HEADER + "09900,Phường Mới,phường,01,01/07/2025,,,09889\n"
                + "\"09901\",\"Xã Thử, Mới\",Xã,01,2025-07-01,,,\n", stored);
        UnitImport.Preview preview = check.preview();
        assertTrue(preview.valid(), preview.problems().toString());
        assertEquals(2, preview.count(Change.ADDED));
        assertEquals(1, preview.successionsAdded());
        assertEquals(5, preview.kept());
        List<Object> persisted = new ArrayList<>();
        check.apply(persisted::add);
        assertEquals(3, persisted.size());
        AdministrativeUnit ward = (AdministrativeUnit) persisted.get(0);
        assertEquals("Phường Mới", ward.getName());
        assertEquals(hanoi, ward.getParent());
        assertFalse(ward.isDemonstration());
        assertEquals("Xã Thử, Mới", ((AdministrativeUnit) persisted.get(1)).getName());
        assertEquals(2, hongHa.getSuccessions().size());
    }

    @Test
    void everyBadRowIsListedWithItsRowAndColumn() {
        UnitImport.Preview preview = check(HEADER
                + "09950,Xã A,xã,99,01/07/2025,,,\n"          // 2: unknown parent
                + "09951,Xã B,xã,09952,01/07/2025,,,\n"       // 3: cycle
                + "09952,Xã C,xã,09951,01/07/2025,,,\n"       // 4: cycle
                + "09953,Xã D,xã,01,01/07/2025,,,\n"
                + "09953,Xã D hai,xã,01,01/07/2025,,,\n"      // 6: duplicate
                + "09954,=HYPERLINK(\"x\"),xã,01,01/07/2025,,,\n" // 7: formula
                + "09955,Xã E,làng,01,31/02/2025,,,\n"        // 8: type, date
                + "09956,Xã F,xã,01\n"                        // 9: field count
                + "09957,Xã G,xã,01,01/07/2025,,12345,\n", stored()).preview(); // 10: unknown replaced
        assertFalse(preview.valid());
        List<String> found = preview.problems().stream().map(p -> p.row() + " " + p.column() + " " + p.messageKey()).toList();
        for (String expected : List.of("2 parent_code geography_import.unknownParent", "3 parent_code geography_import.cycle",
                "4 parent_code geography_import.cycle", "6 code geography_import.duplicate", "7 name geography_import.formula",
                "8 type geography_import.type", "8 valid_from geography_import.date", "9 null geography_import.fieldCount",
                "10 replaces_whole geography_import.unknownReplaced")) {
            assertTrue(found.contains(expected), expected + " in " + found);
        }
        assertEquals(0, preview.successionsAdded());
    }

    @Test
    void wrongColumnsAndUnreadableFilesAreRefused() {
        UnitImport.Preview preview = check("ma,ten\n01,Hà Nội\n", stored()).preview();
        assertEquals("geography_import.columns", preview.problems().get(0).messageKey());
        assertEquals(1, preview.problems().get(0).row());
        assertEquals("geography_import.notUtf8", assertThrows(BusinessException.class,
                () -> UnitCsv.read(new byte[] {'a', (byte) 0xC3, '(', '\n'})).messageKey());
        assertEquals("geography_import.tooLarge", assertThrows(BusinessException.class,
                () -> UnitCsv.read(new byte[(int) UnitCsv.MAX_BYTES + 1])).messageKey());
        assertEquals("geography_import.empty", assertThrows(BusinessException.class, () -> UnitCsv.read(new byte[0])).messageKey());
    }

    @Test
    void aCodeMayNotOverlapAStoredUnitOfThatCode() {
        UnitImport.Preview preview = check(HEADER + "09877,Xã Khác,xã,01,01/01/2026,,,\n", stored()).preview();
        assertEquals("geography_import.overlapsStored", preview.problems().get(0).messageKey(), preview.problems().toString());
    }

    @Test
    void theDocumentedSampleIsTheDemonstrationsUnitsWithTheirSuccessions() throws Exception {
        byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(System.getProperty("basedir", "."))
                .resolve("../docs/units-sample.csv"));
        UnitImport check = UnitImport.check(UnitCsv.read(sample), List.of());
        UnitImport.Preview preview = check.preview();
        assertTrue(preview.valid(), preview.problems().toString());
        assertEquals(21, preview.count(Change.ADDED));
        assertEquals(20, preview.successionsAdded());
        List<Object> persisted = new ArrayList<>();
        check.apply(persisted::add);
        List<AdministrativeUnit> units = persisted.stream().filter(AdministrativeUnit.class::isInstance).map(AdministrativeUnit.class::cast).toList();
        assertEquals(3, units.stream().filter(u -> u.isValidOn(FIRST) && u.getType() == UnitType.COMMUNE).count());
        AdministrativeUnit hongHa = units.stream().filter(u -> u.getName().equals("Xã Hồng Hà")).findFirst().orElseThrow();
        assertEquals(2, hongHa.getSuccessions().size(), "Hồng Hà was split");
        assertTrue(hongHa.getSuccessions().stream().noneMatch(UnitSuccession::isWhole));
    }

    @Test
    void aChangedNameIsAChange() {
        UnitImport.Preview preview = check(HEADER + "09877,Xã Đan Phượng mới,xã,01,01/07/2025,,09877,09889\n", stored()).preview();
        assertTrue(preview.valid(), preview.problems().toString());
        assertEquals(1, preview.count(Change.CHANGED));
        assertEquals(0, preview.successionsAdded());
    }
}
