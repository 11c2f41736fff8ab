package vn.ocop.statistics;

import vn.ocop.geography.TestBodies;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.ocop.registration.entity.ProducerType;
import vn.ocop.reports.StatisticsDocument;
import vn.ocop.statistics.boundary.StatisticsLabels;
import vn.ocop.statistics.boundary.StatisticsView;
import vn.ocop.statistics.boundary.StatisticsWorkbook;
import vn.ocop.statistics.control.Period;
import vn.ocop.training.entity.Audience;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The workbook and the printed report's record made from the statistics of a year. */
class StatisticsWorkbookTest {

    static StatisticsView view() {
        Map<Integer, Long> byStars = new TreeMap<>(Comparator.reverseOrder());
        byStars.putAll(Map.of(5, 0L, 4, 1L, 3, 2L, 0, 3L));
        return new StatisticsView(Period.ofYear(2019, LocalDate.of(2020, 1, 6)),
                List.of(new StatisticsView.GroupCount("Đồ uống", 2), new StatisticsView.GroupCount("Thực phẩm", 4)),
                List.of(new StatisticsView.CommuneCount(7L, "09925", "Thị trấn Phùng", 6, byStars)), byStars,
                List.of(new StatisticsView.TypeCount(ProducerType.COOPERATIVE, 3, 2),
                        new StatisticsView.TypeCount(ProducerType.HOUSEHOLD_BUSINESS, 2, 1)),
                new StatisticsView.CertificateCounts(3, 2, 0, 0, 1),
                List.of(new StatisticsView.TrainingCount(Audience.PRODUCER_MANAGER, 1, 5, 8, 5, new BigDecimal("62.5"))));
    }

    @Test
    void oneSheetPerSectionWithVietnameseHeadersAndNumbers() throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(StatisticsWorkbook.write(view())))) {
            assertEquals(List.of("Nhóm sản phẩm", "Sản phẩm theo xã", "Hạng sao", "Chủ thể", "Giấy chứng nhận", "Đào tạo"),
                    List.of(0, 1, 2, 3, 4, 5).stream().map(workbook::getSheetName).toList());
            Sheet groups = workbook.getSheet("Nhóm sản phẩm");
            assertEquals("Nhóm sản phẩm – Từ ngày 01/01/2019 đến ngày 31/12/2019", groups.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Số sản phẩm", groups.getRow(2).getCell(1).getStringCellValue());
            assertEquals("Thực phẩm", groups.getRow(4).getCell(0).getStringCellValue());
            assertEquals(4, groups.getRow(4).getCell(1).getNumericCellValue());
            assertEquals(6, groups.getRow(5).getCell(1).getNumericCellValue(), "the total");
            Sheet communes = workbook.getSheet("Sản phẩm theo xã");
            assertEquals("Thị trấn Phùng", communes.getRow(3).getCell(1).getStringCellValue());
            assertEquals(List.of(6.0, 0.0, 1.0, 2.0, 3.0), List.of(2, 3, 4, 5, 6).stream()
                    .map(i -> communes.getRow(3).getCell(i).getNumericCellValue()).toList());
            assertEquals("Hợp tác xã", workbook.getSheet("Chủ thể").getRow(3).getCell(0).getStringCellValue());
            assertEquals("Bị thu hồi", workbook.getSheet("Giấy chứng nhận").getRow(7).getCell(0).getStringCellValue());
            assertEquals("Được thay thế (đánh giá lại, nâng hạng)",
                    workbook.getSheet("Giấy chứng nhận").getRow(8).getCell(0).getStringCellValue());
            assertEquals(62.5, workbook.getSheet("Đào tạo").getRow(3).getCell(5).getNumericCellValue());
        }
    }

    @Test
    void theReportOfAYearIsTitledByTheYear() {
        StatisticsDocument document = StatisticsLabels.document(view(), LocalDate.of(2020, 1, 6), TestBodies.danPhuong());
        assertEquals(2019, document.year());
        assertEquals("HUYỆN ĐAN PHƯỢNG", document.issuingBodyLine2());
        assertEquals("Chưa xếp hạng", document.productsByStars().get(3).label());
        assertEquals("62,5\u00a0%", document.training().get(0).percent());
        assertEquals(new StatisticsDocument.CommuneRow("Thị trấn Phùng", 6, 0, 1, 2, 3), document.productsByCommune().get(0));
        StatisticsView period = new StatisticsView(new Period(null, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 6, 30)),
                List.of(), List.of(), Map.of(), List.of(), new StatisticsView.CertificateCounts(0, 0, 0, 0, 0), List.of());
        assertNull(StatisticsLabels.document(period, LocalDate.of(2020, 1, 6), TestBodies.danPhuong()).year());
    }
}
