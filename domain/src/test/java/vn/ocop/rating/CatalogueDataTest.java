package vn.ocop.rating;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.ocop.shared.TestDatabases;
import vn.ocop.rating.control.NodeRow;
import vn.ocop.rating.control.PartMaxima;
import vn.ocop.rating.control.SheetCheck;
import vn.ocop.rating.control.SheetNode;
import vn.ocop.rating.control.SheetProblem;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The criteria catalogue as migration V6 loads it: all 27 sheets validated as the application
 * validates them, the exact problems of the transcription (the 19 known faults of the
 * criteria-148 README), which corrections resolve them and which sheets can be used for scoring.
 */
class CatalogueDataTest {

    /** The transcription's problems, sheet by sheet, as "sheet | path | kind | expected | found". */
    static final List<String> TRANSCRIPTION_PROBLEMS = List.of(
            "148/QĐ-TTg #3 | Phần C › 7. DINH DƯỠNG › a) | NO_MAXIMUM | expected null | found 2",
            "148/QĐ-TTg #3 | Phần C › 8. TÍNH ĐỘC ĐÁO › a) | NO_MAXIMUM | expected null | found 5",
            "148/QĐ-TTg #3 | Phần C › 10. ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM › a) | NO_MAXIMUM | expected null | found 5",
            "148/QĐ-TTg #3 | Phần C › 12. CƠ HỘI THỊ TRƯỜNG TOÀN CẦU › a ) CƠ HỘI THỊ TRƯỜNG TOÀN CẦU | NO_MAXIMUM | expected null | found 3",
            "148/QĐ-TTg #7 | Phần C › 6. CHỈ TIÊU CẢM QUAN › d) Mùi | MISMATCH | expected 4 | found 3",
            "148/QĐ-TTg #7 | Phần C › 6. CHỈ TIÊU CẢM QUAN | MISMATCH | expected 16 | found 15",
            "148/QĐ-TTg #7 | Phần C | MISMATCH | expected 35 | found 34",
            "148/QĐ-TTg #11 | Phần C › 6. CHỈ TIÊU CẢM QUAN › a) Ngoại hình | NO_OPTIONS | expected 4 | found null",
            "148/QĐ-TTg #11 | Phần C › 6. CHỈ TIÊU CẢM QUAN › b) Nước pha | NO_OPTIONS | expected 9 | found null",
            "148/QĐ-TTg #11 | Phần C › 6. CHỈ TIÊU CẢM QUAN | MISMATCH | expected 13 | found 26",
            "148/QĐ-TTg #11 | Phần C | MISMATCH | expected 35 | found 45",
            "148/QĐ-TTg #12 | Phần C | MISMATCH | expected 35 | found 32",
            "148/QĐ-TTg #13 | Phần C | MISMATCH | expected 35 | found 33",
            "148/QĐ-TTg #17 | Phần A › 1. TỔ CHỨC SẢN XUẤT › d) Liên kết chuỗi trong sản xuất"
                    + " › □ Có hợp đồng liên kết sản xuất từ 50% đến dưới 75% sản lượ… | UNREADABLE | expected null | found l",
            "148/QĐ-TTg #18 | Phần A › 1. TỔ CHỨC SẢN XUẤT › b) Gia tăng giá trị › □ Chế biến đơn giản | UNREADABLE"
                    + " | expected null | found t",
            "148/QĐ-TTg #26 | Phần C › 8. CHẤT LƯỢNG VỀ ĐIỀU KIỆN KINH DOANH DỊCH VỤ | MISMATCH | expected 3 | found 6",
            "148/QĐ-TTg #26 | Phần C › 9. CHẤT LƯỢNG AN TOÀN VÀ AN NINH TRẬT TỰ | MISMATCH | expected 2 | found 4",
            "148/QĐ-TTg #26 | Phần C › 15. TIỆN NGHI | MISMATCH | expected 3 | found 6",
            "148/QĐ-TTg #26 | Phần C | MISMATCH | expected 35 | found 43");

    /** What is left once the corrections apply: three tea and coffee sheets whose part C the sources cannot complete. */
    static final List<String> REMAINING_PROBLEMS = List.of(
            "148/QĐ-TTg #11 | Phần C | MISMATCH | expected 35 | found 32",
            "148/QĐ-TTg #12 | Phần C | MISMATCH | expected 35 | found 32",
            "148/QĐ-TTg #13 | Phần C | MISMATCH | expected 35 | found 33");

    private static Map<Long, CatalogueDatabase.Sheet> sheets;

    @BeforeAll
    static void load() throws SQLException {
        sheets = CatalogueDatabase.sheets(CatalogueDatabase.h2());
    }

    private static List<String> all(java.util.function.Function<SheetCheck, List<SheetProblem>> problems) {
        return sheets.values().stream().flatMap(sheet -> problems.apply(sheet.check()).stream()).map(SheetProblem::toString)
                .toList();
    }

    @Test
    void loadsTheTwentySixSheetsOf148AndTheFreshProduceSheetOf1048() {
        assertEquals(27, sheets.size());
        assertEquals(26, sheets.values().stream().filter(s -> s.criteriaSet().equals("148/QĐ-TTg")).count());
        CatalogueDatabase.Sheet fresh = sheets.get(101L);
        assertEquals("1048/QĐ-TTg", fresh.criteriaSet());
        assertEquals(new PartMaxima(35, 25, 40), fresh.parts());
        assertEquals(new PartMaxima(40, 25, 35), sheets.get(7L).parts());
        for (CatalogueDatabase.Sheet sheet : sheets.values()) {
            List<SheetNode> parts = sheet.check().tree().parts();
            assertEquals(List.of("A", "B", "C"), parts.stream().map(SheetNode::code).toList(), sheet.label());
            assertTrue(sheet.rows().size() > 100, sheet.label() + " has " + sheet.rows().size() + " nodes");
        }
    }

    @Test
    void reportsTheNineteenKnownFaultsOfTheTranscription() {
        assertEquals(TRANSCRIPTION_PROBLEMS, all(SheetCheck::transcriptionProblems));
        assertEquals(19, TRANSCRIPTION_PROBLEMS.size());
    }

    @Test
    void correctionsMakeTwentyThreeOf148AndThe1048SheetUsable() {
        assertEquals(REMAINING_PROBLEMS, all(SheetCheck::problems));
        List<Long> unusable = sheets.values().stream().filter(s -> !s.check().usable()).map(CatalogueDatabase.Sheet::id).toList();
        assertEquals(List.of(11L, 12L, 13L), unusable);
        for (CatalogueDatabase.Sheet sheet : sheets.values()) {
            if (sheet.check().usable()) {
                assertEquals(0, BigDecimal.valueOf(100).compareTo(sheet.check().total()), sheet.label());
            }
        }
        assertEquals(0, BigDecimal.valueOf(97).compareTo(sheets.get(12L).check().total()));
    }

    @Test
    void eachResolvedProblemIsResolvedByACorrectionOfItsSheet() {
        Map<String, Long> corrections = sheets.values().stream().collect(Collectors.groupingBy(CatalogueDatabase.Sheet::label,
                java.util.TreeMap::new, Collectors.summingLong(s -> s.corrections().size())));
        assertEquals(Map.of("148/QĐ-TTg #3", 4L, "148/QĐ-TTg #7", 1L, "148/QĐ-TTg #11", 5L, "148/QĐ-TTg #17", 1L,
                "148/QĐ-TTg #18", 1L, "148/QĐ-TTg #26", 3L), corrections.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        for (CatalogueDatabase.Sheet sheet : sheets.values()) {
            SheetCheck check = sheet.check();
            for (SheetProblem problem : check.transcriptionProblems()) {
                boolean left = REMAINING_PROBLEMS.stream().anyMatch(p -> p.startsWith(sheet.label() + " | " + problem.path() + " |"));
                assertEquals(!left, check.resolved(problem), problem.toString());
            }
            sheet.corrections().forEach(c -> assertFalse(c.reason().isBlank() || c.source().isBlank(), c.toString()));
        }
    }

    @Test
    void set07SmellNowGoesUpToFourOnItsTopOption() {
        SheetCheck check = sheets.get(7L).check();
        SheetNode smell = check.tree().inPrintOrder().stream().filter(n -> n.label().equals("d) Mùi")).findFirst().orElseThrow();
        assertEquals(List.of("1", "2", "4"), smell.children().stream().map(n -> n.row().score()).toList());
        assertEquals(5, smell.children().get(2).stars());
        SheetNode raw = check.transcription().node(smell.id());
        assertEquals(List.of("1", "2", "3"), raw.children().stream().map(n -> n.row().score()).toList(), "the transcription is kept");
    }

    @Test
    void set11SubCriteriaHangFromTheirCriteria() {
        SheetNode look = sheets.get(11L).check().tree().node(11100);
        assertEquals("a) Ngoại hình", look.label());
        assertEquals(List.of("- Tạp chất", "- Hình dạng, màu sắc cánh chè"), look.children().stream().map(SheetNode::label).toList());
        assertEquals(List.of("- Màu nước", "- Mùi nước", "- Vị nước"),
                sheets.get(11L).check().tree().node(11109).children().stream().map(SheetNode::label).toList());
    }

    @Test
    void keepsTheTextAsTranscribedInNfcWithStarMarks() {
        for (CatalogueDatabase.Sheet sheet : sheets.values()) {
            for (NodeRow row : sheet.rows()) {
                assertTrue(Normalizer.isNormalized(row.title(), Normalizer.Form.NFC), row.title());
                assertTrue(row.stars() == null || row.stars() >= 3 && row.stars() <= 5);
            }
        }
        SheetNode top = sheets.get(7L).check().tree().node(7014);
        assertEquals("□ Có năng lực, quy mô sản xuất lớn, có thể đáp ứng thị trường xuất khẩu*****", top.row().title());
        assertEquals("Có năng lực, quy mô sản xuất lớn, có thể đáp ứng thị trường xuất khẩu", top.label());
        assertEquals(5, top.stars());
        assertEquals("Phần A\nSẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG (40 Điểm)", sheets.get(7L).rows().get(0).title());
        long marked = sheets.values().stream().filter(s -> s.criteriaSet().equals("148/QĐ-TTg"))
                .flatMap(s -> s.rows().stream()).filter(r -> r.stars() != null).count();
        assertTrue(marked > 26 * 10, "star marks: " + marked);
        assertEquals(0, sheets.get(101L).rows().stream().filter(r -> r.stars() != null).count(), "1048 shows no star marks");
    }

    @Test
    void sequencesStartAtLeastFiftyAboveTheSeededIds() throws SQLException {
        DataSource ds = CatalogueDatabase.h2();
        for (String table : List.of("criteria_set", "scoring_sheet", "criterion_node", "sheet_correction", "rating_regime",
                "recognition_rule")) {
            long max = TestDatabases.count(ds, "SELECT MAX(id) FROM " + table);
            long first = TestDatabases.count(ds, "SELECT NEXT VALUE FOR seq_" + table);
            assertTrue(first - 49 > max, table + ": the first block " + (first - 49) + "–" + first + " reaches " + max);
        }
    }

    @Test
    void regimesCoverEveryDayFromAugust2019() throws SQLException {
        DataSource ds = CatalogueDatabase.h2();
        assertEquals(3, TestDatabases.count(ds, "SELECT COUNT(*) FROM rating_regime"));
        assertEquals(1, TestDatabases.count(ds, "SELECT COUNT(*) FROM rating_regime WHERE effective_to = DATE '2023-02-23'"
                + " AND criteria_set_id = 2"));
        assertEquals(1, TestDatabases.count(ds, "SELECT COUNT(*) FROM rating_regime WHERE effective_from = DATE '2023-02-24'"
                + " AND effective_to = DATE '2025-07-05'"));
        assertEquals(1, TestDatabases.count(ds, "SELECT COUNT(*) FROM rating_regime WHERE effective_from = DATE '2025-07-06'"
                + " AND effective_to IS NULL"));
        assertEquals(0, TestDatabases.count(ds, "SELECT COUNT(*) FROM recognition_rule WHERE regime_id = 3 AND level = 'DISTRICT'"),
                "1489 abolished the district level");
        assertEquals(3, TestDatabases.count(ds, "SELECT COUNT(*) FROM recognition_rule WHERE unit_id = 2 AND NOT certain"),
                "Đan Phượng's 2019 practice, all marked uncertain");
        assertEquals(0, TestDatabases.count(ds, "SELECT COUNT(*) FROM recognition_rule WHERE unit_id = 2 AND to_level = 'CENTRAL'"),
                "the district's 2019 practice forwards to the City, never straight to the central level");
        assertEquals(1, TestDatabases.count(ds, "SELECT COUNT(*) FROM recognition_rule WHERE unit_id = 2 AND action = 'FORWARDS'"
                + " AND to_level = 'PROVINCE' AND stars_from = 3 AND stars_to = 5 AND min_score = 50"), "every class from 50 points to the City");
        assertEquals(1, TestDatabases.count(ds, "SELECT COUNT(*) FROM issuing_body_role WHERE body_code = '273'"
                + " AND regime_code = '1048' AND NOT confers_class"), "the district's 2019 recognition confers no class");
        assertEquals(7, TestDatabases.count(ds, "SELECT COUNT(*) FROM issuing_body_role WHERE confers_class"),
                "every other role confers the classes it recognises");
    }

    /** What users read of the catalogue: legal sources and plain rules, none of the working notes (docs/criteria-notes.md). */
    @Test
    void usersReadLegalSourcesNotWorkingNotes() throws SQLException {
        DataSource ds = CatalogueDatabase.h2();
        String texts = "SELECT source FROM criteria_set UNION ALL SELECT source FROM rating_regime"
                + " UNION ALL SELECT source FROM recognition_rule UNION ALL SELECT note FROM recognition_rule"
                + " UNION ALL SELECT source FROM scoring_sheet UNION ALL SELECT source FROM sheet_correction"
                + " UNION ALL SELECT reason FROM sheet_correction";
        for (String internal : List.of("CHƯA CHẮC", "Issue", "[S", ".csv", "README", "augustine", "giả định", "tài liệu tham khảo",
                "suy luận của dự án", "khách hàng")) {
            String like = internal.toLowerCase(java.util.Locale.ROOT);
            assertEquals(0, TestDatabases.count(ds, "SELECT COUNT(*) FROM (" + texts + ") t (text) WHERE LOWER(text) LIKE '%"
                    + like + "%'"), internal);
        }
        assertEquals(27, TestDatabases.count(ds, "SELECT COUNT(*) FROM scoring_sheet WHERE source LIKE 'Quyết định số %'"),
                "every sheet names its decision");
        assertEquals(24, TestDatabases.count(ds, "SELECT COUNT(*) FROM recognition_rule WHERE source LIKE '%Quyết định số %'"),
                "every rule names its decision");
    }

    @Test
    void postgreSqlHoldsTheSameCatalogue() throws SQLException {
        Assumptions.assumeTrue(TestDatabases.postgresAnswers(), "PostgreSQL does not answer on 127.0.0.1:5432: test skipped");
        String schema = "ocop_catalogue_test";
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl("jdbc:postgresql://127.0.0.1:5432/test");
        pg.setUser("postgres");
        drop(pg, schema);
        try {
            org.flywaydb.core.Flyway.configure().dataSource(pg).schemas(schema).locations("classpath:db/migration").load().migrate();
            pg.setCurrentSchema(schema);
            Map<Long, CatalogueDatabase.Sheet> onPostgres = CatalogueDatabase.sheets(pg);
            assertEquals(sheets, onPostgres);
            List<String> problems = new ArrayList<>();
            onPostgres.values().forEach(s -> s.check().transcriptionProblems().forEach(p -> problems.add(p.toString())));
            assertEquals(TRANSCRIPTION_PROBLEMS, problems);
        } finally {
            pg.setCurrentSchema(null);
            drop(pg, schema);
        }
    }

    private static void drop(PGSimpleDataSource pg, String schema) throws SQLException {
        try (Connection c = pg.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

}
