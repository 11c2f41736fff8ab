package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The documents' layouts checked on their parameters and rows, without rendering. */
class LayoutsTest {

    @Test
    void aDecisionsLastArticleTravelsWithTheRecipientsAndTheSignature() {
        Layout layout = DecisionLayout.of(CertificationSamples.decision(3, false));

        assertEquals("decision", layout.template());
        List<Map<?, ?>> parts = rowsOfPart(layout, 0);
        assertEquals(List.of("TYPE", "SUMMARY", "AUTHORITY", "BASIS", "BASIS", "BASIS", "BASIS", "DECIDES", "ARTICLE",
                "ARTICLE", "SIGNATURE"), parts.stream().map(row -> row.get("kind")).toList());
        Map<?, ?> signature = parts.get(parts.size() - 1);
        assertTrue(((String) signature.get("text")).startsWith("<style isBold=\"true\">Điều 3.</style> Chánh Văn phòng"));
        assertTrue(((String) signature.get("recipients")).contains("- UBND Thành phố Hà Nội (để b/c);"));
        assertEquals("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", signature.get("signature"));
        assertEquals("Đan Phượng, ngày 05 tháng 12 năm 2019", layout.parameters().get("placeAndDate"));
    }

    @Test
    void aDraftDecisionLeavesItsDateToFillIn() {
        Layout layout = DecisionLayout.of(CertificationSamples.decision(1, true));

        assertEquals("Đan Phượng, ngày \u2026 tháng \u2026 năm \u2026", layout.parameters().get("placeAndDate"));
        assertEquals(true, layout.parameters().get("draft"));
    }

    @Test
    void theAnnexGroupsItsRowsUnderTheirHeadings() {
        Layout layout = DecisionLayout.of(CertificationSamples.decision(3, false));

        List<Map<?, ?>> annex = rowsOfPart(layout, 1);
        assertEquals(List.of("GROUP", "ROW", "GROUP", "ROW", "ROW"), annex.stream().map(row -> row.get("kind")).toList());
        assertEquals("I. SẢN PHẨM ĐẠT 4 SAO", annex.get(0).get("text"));
        assertEquals("1", annex.get(1).get("no"));
        assertEquals("72,43", annex.get(1).get("score"));
    }

    @Test
    void aCertificateWritesItsStarsOrItsLevel() {
        Map<?, ?> stars = (Map<?, ?>) CertificateLayout.of(CertificationSamples.certificate(1)).rows().get(0);
        assertEquals("Đạt hạng", stars.get("classLabel"));
        assertEquals("\u2605\u2605\u2605\u2605", stars.get("stars"));
        assertEquals("Sản phẩm OCOP 4 sao", stars.get("starsText"));
        assertEquals("Quyết định số 123/QĐ-UBND, ngày 05 tháng 12 năm 2019", stars.get("decision"));
        assertEquals("Có giá trị đến hết ngày 04/12/2022", stars.get("validity"));
        assertEquals("Chủ thể: <style isBold=\"true\">Hợp tác xã Nông nghiệp Thượng Mỗ</style>", stars.get("producerName"));
    }

    @Test
    void aRegistrationFormTicksTheChosenTypesAndDotsItsBlanks() {
        Layout layout = ProductRegistrationLayout.of(DossierSamples.registration());

        String ballot = (String) layout.parameters().get("registrationTypes");
        assertTrue(ballot.contains("\u2612</style>\u00a0"), ballot);
        assertTrue(ballot.contains("\u2610</style>\u00a0"), ballot);
        assertEquals(ballot.lines().count(), DossierSamples.registration().registrationTypes().size());
    }

    @Test
    void theStatisticsCarryEachSectionsHeadingsOnItsRowsAndTotals() {
        Layout layout = StatisticsLayout.of(StatisticsPdfTest.report(2019, java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 12, 31)));

        List<Map<?, ?>> rows = layout.rows().stream().<Map<?, ?>>map(row -> (Map<?, ?>) row).toList();
        Map<?, ?> firstSection = rows.get(0);
        assertEquals("section", firstSection.get("kind"));
        assertEquals(1, firstSection.get("section"));
        assertEquals("1. Sản phẩm theo nhóm sản phẩm", firstSection.get("heading"));
        Map<?, ?> firstRow = rows.get(1);
        assertEquals(1, firstRow.get("section"));
        assertEquals("1. Sản phẩm theo nhóm sản phẩm", firstRow.get("heading"));
        assertEquals("Nhóm sản phẩm", firstRow.get("hl"));
        assertEquals("Số sản phẩm", firstRow.get("h1"));
        assertEquals(6, rows.stream().filter(row -> "section".equals(row.get("kind"))).count());
    }

    @Test
    void aPrescreenLeavesOutBlankRemarks() {
        Layout layout = PrescreenLayout.of(new PrescreenDocument(new Letterhead("ỦY BAN NHÂN DÂN", "XÃ ĐAN PHƯỢNG", "Đan Phượng",
                java.time.LocalDate.of(2026, 3, 2)), "Miến dong", "HTX Tân Hội", "Xã Đan Phượng", "1.2.1", List.of(), "Đạt", "  ", null,
                "Nguyễn Thị Hoa"));

        assertNull(layout.parameters().get("remarks"));
        assertNull(layout.parameters().get("reasons"));
        assertTrue(layout.rows().isEmpty());
    }

    private static List<Map<?, ?>> rowsOfPart(Layout layout, int part) {
        return layout.rows().stream().<Map<?, ?>>map(row -> (Map<?, ?>) row).filter(row -> Integer.valueOf(part).equals(row.get("part")))
                .toList();
    }

    @Test
    void theStatisticsCountTheInspectionsWithTheCertificates() {
        StatisticsDocument report = StatisticsPdfTest.report(2025, java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31));
        StatisticsDocument.Certificates c = report.certificates();
        StatisticsDocument inspected = new StatisticsDocument(report.issuingBodyLine1(), report.issuingBodyLine2(), report.place(),
                report.date(), report.year(), report.from(), report.to(), report.productsByGroup(), report.productsByCommune(),
                report.productsByStars(), report.producersByType(), new StatisticsDocument.Certificates(c.issued(), c.valid(),
                c.expiring(), c.expired(), c.revoked(), c.superseded(), 4, 2, 1), report.training());

        List<Map<?, ?>> rows = StatisticsLayout.of(inspected).rows().stream().<Map<?, ?>>map(row -> (Map<?, ?>) row).toList();
        assertEquals("2", rows.stream().filter(row -> "Kiểm tra trong kỳ: phải khắc phục".equals(row.get("label")))
                .findFirst().orElseThrow().get("v1"));
        assertEquals("5. Giấy chứng nhận sản phẩm OCOP", rows.stream().filter(row -> "Kiểm tra trong kỳ: đề nghị thu hồi"
                .equals(row.get("label"))).findFirst().orElseThrow().get("heading"));
    }
}
