package vn.ocop.it;

import vn.ocop.it.support.Database;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A province-size list of administrative units for the tests: 128 communes and wards under Hà Nội from
 * 01/07/2025 (with the three of the demonstration, 131 communes of today), in the import's CSV format.
 * Their codes (8xxxx) and names ("… Kiểm Thử nnn") are the tests' own; {@link #remove()} takes them out
 * of the database again, so that the other tests find the demonstration's units only. (The portal never
 * deletes a unit; a test removes its own fixture.)
 */
final class ProvinceUnits {

    static final String HEADER = "code,name,type,parent_code,valid_from,valid_to,replaces_whole,replaces_part\n";
    static final int COUNT = 128;

    private ProvinceUnits() {
    }

    static byte[] csv() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= COUNT; i++) {
            boolean ward = i % 3 == 0;
            csv.append(String.format("8%04d,%s Kiểm Thử %03d,%s,01,01/07/2025,,,%n", i, ward ? "Phường" : "Xã", i, ward ? "Phường" : "Xã"));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The demonstration's units as docs/units-sample.csv ships them. */
    static byte[] sample() throws Exception {
        return Files.readAllBytes(Path.of(System.getProperty("basedir", ".")).resolve("../docs/units-sample.csv").normalize());
    }

    static void remove() {
        Database.update("DELETE FROM unit_succession WHERE successor_id IN (SELECT id FROM administrative_unit WHERE code LIKE '8%' AND name LIKE '%Kiểm Thử%')"
                + " OR predecessor_id IN (SELECT id FROM administrative_unit WHERE code LIKE '8%' AND name LIKE '%Kiểm Thử%')");
        Database.update("DELETE FROM administrative_unit WHERE code LIKE '8%' AND name LIKE '%Kiểm Thử%'");
    }
}
