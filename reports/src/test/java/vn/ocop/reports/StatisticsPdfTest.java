package vn.ocop.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics report for the People's Committee, for a year and for a period. */
class StatisticsPdfTest {

    private static final Documents DOCUMENTS = new Documents();

    static StatisticsDocument report(Integer year, LocalDate from, LocalDate to) {
        return new StatisticsDocument("ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "Đan Phượng", LocalDate.of(2020, 1, 6), year, from, to,
                List.of(new StatisticsDocument.Count("Thực phẩm", 31), new StatisticsDocument.Count("Đồ uống", 4),
                        // decomposed (NFD) on purpose: the report prints it composed
                        new StatisticsDocument.Count(Normalizer.normalize("Thảo dược", Normalizer.Form.NFD), 5)),
                List.of(new StatisticsDocument.CommuneRow("Thị trấn Phùng", 6, 0, 1, 2, 3),
                        new StatisticsDocument.CommuneRow("Xã Tân Hội", 34, 1, 2, 5, 26)),
                List.of(new StatisticsDocument.Count("5 sao", 1), new StatisticsDocument.Count("4 sao", 3),
                        new StatisticsDocument.Count("3 sao", 7), new StatisticsDocument.Count("Chưa xếp hạng", 29)),
                List.of(new StatisticsDocument.ProducerRow("Doanh nghiệp", 4, 3),
                        new StatisticsDocument.ProducerRow("Hợp tác xã", 12, 12),
                        new StatisticsDocument.ProducerRow("Tổ hợp tác", 3, 2),
                        new StatisticsDocument.ProducerRow("Hộ kinh doanh", 11, 9)),
                new StatisticsDocument.Certificates(8, 5, 1, 0, 2, 3),
                List.of(new StatisticsDocument.TrainingRow("Người quản lý chủ thể", 2, 27, 40, 31, "77,5 %")));
    }

    @Test
    void theYearsReportHasTheHeaderTheTablesAndTheDateLine() throws IOException {
        try (PDDocument pdf = Pdfs.load(DOCUMENTS.pdf(report(2019, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31))),
                "statistics-sample.pdf")) {
            Pdfs.assertA4Portrait(pdf);
            String text = Pdfs.text(pdf);
            assertAll(Stream.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN",
                    "HUYỆN ĐAN PHƯỢNG", "Đan Phượng, ngày 06 tháng 01 năm 2020", "BÁO CÁO",
                    "Thống kê kết quả thực hiện Chương trình OCOP năm 2019", "1. Sản phẩm theo nhóm sản phẩm", "Thực phẩm 31",
                    "Thảo dược 5", "Tổng số 40", "Xã Tân Hội 34 1 2 5 26", "Tổng số 40 1 3 7 29", "Chưa xếp hạng 29",
                    "Hợp tác xã 12 12", "Tổng số 30 26", "Cấp trong kỳ 8", "Bị thu hồi 2",
                    "Được thay thế (đánh giá lại, nâng hạng) 3", "Người quản lý chủ thể 2 27 40 31 77,5 %",
                    "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Số: /BC-UBND")
                    .map(expected -> () -> assertTrue(text.contains(expected), () -> "missing: " + expected + " in " + text)));
            assertFalse(text.contains("null"));
            List<String> fonts = Pdfs.embeddedFonts(pdf);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("LiberationSerif")), fonts::toString);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), () -> "the ★ of the headings: " + fonts);
            assertTrue(text.contains("5 ★"), text);
        }
    }

    @Test
    void aLongTableRepeatsItsHeadingsOnEachPageAndTheReportEndsWithItsNumberAndSigner() throws IOException {
        StatisticsDocument base = report(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        List<StatisticsDocument.CommuneRow> communes = java.util.stream.IntStream.rangeClosed(1, 80)
                .mapToObj(i -> new StatisticsDocument.CommuneRow("Xã số " + i, i, 0, 1, 0, i - 1)).toList();
        StatisticsDocument city = new StatisticsDocument("ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI", "Hà Nội", LocalDate.of(2026, 12, 6),
                2026, base.from(), base.to(), base.productsByGroup(), communes, base.productsByStars(), base.producersByType(),
                base.certificates(), base.training(), "Số: 215/BC-UBND", List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                "Nguyễn Mạnh Quyền");
        try (PDDocument pdf = Pdfs.load(DOCUMENTS.pdf(city), "statistics-long-sample.pdf")) {
            assertTrue(pdf.getNumberOfPages() >= 3, "pages: " + pdf.getNumberOfPages());
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                List<String> lines = Pdfs.lines(pdf, page);
                if (String.join(" ", lines).contains("Xã số ")) {
                    int at = page;
                    assertTrue(lines.stream().anyMatch(l -> l.startsWith("Xã, thị trấn")),
                            () -> "the table's headings repeated on page " + at + ": " + lines);
                }
            }
            String first = String.join(" ", Pdfs.lines(pdf, 1));
            assertTrue(first.contains("Số: 215/BC-UBND"), first);
            String last = String.join(" ", Pdfs.lines(pdf, pdf.getNumberOfPages()));
            assertTrue(last.contains("Nơi nhận") && last.contains("KT. CHỦ TỊCH") && last.contains("Nguyễn Mạnh Quyền"), last);
        }
    }

    @Test
    void aSectionsHeadingsStayWithItsFirstLines() throws IOException {
        // the figures of a small district that once left section 5's headings alone at the foot of page 1
        StatisticsDocument small = new StatisticsDocument("ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "Đan Phượng", LocalDate.of(2026, 11, 29),
                2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(new StatisticsDocument.Count("Thực phẩm chế biến", 2), new StatisticsDocument.Count("Thực phẩm tươi sống", 2)),
                List.of(new StatisticsDocument.CommuneRow("Thị trấn Phùng", 1, 0, 0, 0, 1),
                        new StatisticsDocument.CommuneRow("Xã Tân Hội", 3, 0, 1, 0, 2)),
                List.of(new StatisticsDocument.Count("5 sao", 0), new StatisticsDocument.Count("4 sao", 1),
                        new StatisticsDocument.Count("3 sao", 0), new StatisticsDocument.Count("Chưa xếp hạng", 3)),
                List.of(new StatisticsDocument.ProducerRow("Doanh nghiệp", 0, 0), new StatisticsDocument.ProducerRow("Hợp tác xã", 1, 1),
                        new StatisticsDocument.ProducerRow("Tổ hợp tác", 1, 1),
                        new StatisticsDocument.ProducerRow("Hộ sản xuất có đăng ký kinh doanh", 1, 1)),
                new StatisticsDocument.Certificates(0, 0, 0, 0, 0),
                List.of(new StatisticsDocument.TrainingRow("Cán bộ cấp huyện", 0, 0, 3, 0, "0,0 %")));
        try (PDDocument pdf = Pdfs.load(DOCUMENTS.pdf(small), "statistics-small-sample.pdf")) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = String.join(" ", Pdfs.lines(pdf, page));
                if (text.contains("5. Giấy chứng nhận")) {
                    assertTrue(text.contains("Cấp trong kỳ"), "the heading and its first line on one page: " + text);
                }
            }
        }
    }

    @Test
    void aPeriodIsNamedByItsDates() throws IOException {
        StatisticsDocument period = report(null, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30));
        assertEquals("từ ngày 01/01/2019 đến ngày 30/06/2019", StatisticsLayout.period(period));
        try (PDDocument pdf = Pdfs.load(DOCUMENTS.pdf(period), "statistics-period-sample.pdf")) {
            assertTrue(Pdfs.text(pdf).contains("Chương trình OCOP từ ngày 01/01/2019 đến ngày 30/06/2019"));
        }
    }
}
