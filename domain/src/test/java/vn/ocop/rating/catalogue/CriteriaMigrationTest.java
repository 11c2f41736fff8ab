package vn.ocop.rating.catalogue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed migration is what the generator writes from its sources (skipped where the shared
 * reference folder is not next to the repository; set {@code -Dcriteria148.dir} to point at it).
 */
class CriteriaMigrationTest {

    private static final Path MIGRATION = Path.of("src/main/resources/db/migration/V6__criteria_catalogue.sql");

    @Test
    void theMigrationIsReproducibleFromTheCsvFiles() throws Exception {
        Path csv = Path.of(System.getProperty("criteria148.dir", "../../shared/domain/criteria-148"));
        Assumptions.assumeTrue(Files.isRegularFile(csv.resolve("set-01.csv")), "no " + csv.toAbsolutePath() + ": test skipped");
        String committed = Files.readString(MIGRATION, StandardCharsets.UTF_8);
        assertEquals(committed, CriteriaMigration.replaceGenerated(committed, CriteriaMigration.generate(csv)),
                "V6__criteria_catalogue.sql differs from what CriteriaMigration writes: run it (see the migration's header)");
    }

    @Test
    void readsQuotedCellsWithCommasLineBreaksAndQuotes() {
        List<List<String>> rows = CriteriaMigration.csv("title,score\r\n\"Phần A\nSẢN PHẨM, \"\"40\"\"\",40\r\nb) Gia tăng,3\r\n");
        assertEquals(List.of(List.of("title", "score"), List.of("Phần A\nSẢN PHẨM, \"40\"", "40"), List.of("b) Gia tăng", "3")),
                rows);
    }

    @Test
    void codesComeFromTheTitles() {
        assertEquals("A", CriteriaMigration.code(0, "Phần A: SẢN PHẨM"));
        assertEquals("C", CriteriaMigration.code(0, "Phần C. CHẤT LƯỢNG SẢN PHẨM"));
        assertEquals("12", CriteriaMigration.code(1, "12. CƠ HỘI THỊ TRƯỜNG TOÀN CẦU"));
        assertEquals("đ", CriteriaMigration.code(2, "đ) Bảo vệ môi trường"));
        assertEquals("a", CriteriaMigration.code(2, "a ) CƠ HỘI"));
        assertEquals("b", CriteriaMigration.code(2, "b. Trường hợp 2"));
        assertEquals(null, CriteriaMigration.code(2, "- Tạp chất"));
        assertEquals(null, CriteriaMigration.code(3, "□ Có"));
        assertTrue(CriteriaMigration.text("Nước mắm 'cá'").equals("'Nước mắm ''cá'''"));
    }
}
