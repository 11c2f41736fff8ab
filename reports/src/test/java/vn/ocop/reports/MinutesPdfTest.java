package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders the minutes of a council session, short (four products) and long (34), and reads the PDFs back. */
class MinutesPdfTest {

    private static final Documents DOCUMENTS = new Documents();
    private static final String DOTS = "\u2026".repeat(8);

    private static PDDocument minutes;
    private static PDDocument longMinutes;

    @BeforeAll
    static void render() {
        minutes = Pdfs.load(DOCUMENTS.pdf(PrintSamples.minutes(0)), "minutes-sample.pdf");
        longMinutes = Pdfs.load(DOCUMENTS.pdf(PrintSamples.minutes(30)), "minutes-long.pdf");
    }

    @AfterAll
    static void close() throws IOException {
        minutes.close();
        longMinutes.close();
    }

    @Test
    void everyPageIsA4PortraitWithEmbeddedFonts() throws IOException {
        for (PDDocument document : List.of(minutes, longMinutes)) {
            Pdfs.assertA4Portrait(document);
            List<String> fonts = Pdfs.embeddedFonts(document);
            assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationSerif")), () -> "fonts: " + fonts);
            assertTrue(fonts.stream().anyMatch(name -> name.contains("DejaVuSans")), () -> "★ in DejaVu Sans: " + fonts);
        }
    }

    @Test
    void printsTheHeaderTheCouncilAndTheQuorum() throws IOException {
        String text = Pdfs.text(minutes);
        Pdfs.assertContainsAll(text,
            "ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG", "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: /BB-HĐ",
            "Đan Phượng, ngày 08 tháng 10 năm 2024", "BIÊN BẢN",
            "Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2024",
            "(Đánh giá, phân hạng sản phẩm OCOP huyện Đan Phượng năm 2024 (đợt 1))",
            "Căn cứ Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ",
            "Chương trình mỗi xã một sản phẩm;", "về việc thành lập Hội đồng đánh giá, phân hạng sản phẩm OCOP.",
            "I. THỜI GIAN, ĐỊA ĐIỂM", "Thời gian: từ ngày 01/10/2024 đến ngày 08/10/2024.",
            "Địa điểm: Hội trường UBND huyện Đan Phượng & <tầng 2>.", "II. THÀNH PHẦN",
            "1. Thành viên Hội đồng có mặt: 4/5 thành viên:",
            "- Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện, Chủ tịch Hội đồng;",
            "- Lê Thị Thu Hương, Trưởng phòng Kinh tế huyện, Phó Chủ tịch Hội đồng;",
            "2. Thành viên Hội đồng vắng mặt: 1 thành viên: - Đỗ Quang Vĩnh, Ủy viên;",
            "3. Thư ký Hội đồng: Vũ Thị Ánh Tuyết, Chuyên viên Phòng Kinh tế huyện, Thư ký Hội đồng.",
            "Chủ trì cuộc họp: Nguyễn Văn Hùng, Chủ tịch Hội đồng.",
            "Số thành viên tham dự: 4/5 thành viên chấm điểm; quy chế hoạt động của Hội đồng yêu cầu ít nhất 4 thành viên,"
                    + " trong đó có Chủ tịch Hội đồng. Cuộc họp đủ điều kiện theo quy chế.",
            "III. NỘI DUNG", "Hội đồng đánh giá, phân hạng 4 sản phẩm của 4 chủ thể theo Bộ tiêu chí");
        assertFalse(text.contains("null"), "a null printed as text");
        assertFalse(text.contains("&amp;") || text.contains("<style"), "markup printed as text");
        assertFalse(text.contains("Dự thảo"), "a concluded round's minutes are no draft");
    }

    @Test
    void printsTheResultsTheDisagreementsAndTheConclusionsGrouped() throws IOException {
        String text = Pdfs.text(minutes);
        Pdfs.assertContainsAll(text,
            "1. Kết quả đánh giá, phân hạng", "STT", "Tên sản phẩm", "Chủ thể", "Xã, thị trấn", "Điểm trung bình", "Tổng",
            "Hạng sao", "Kết luận",
            "Miến dong Tân Hội", "82,75", "33,50", "21,25", "28,00", "4 sao",
            "Tiêu chí đánh dấu sao chưa đạt (hạ từ 4 sao xuống 3 sao): 4★: Phần A › 1. TỔ CHỨC SẢN XUẤT › e) Sở hữu trí"
                    + " tuệ (≥ 1; 0.50)",
            "Lý do kết luận: Thiếu phiếu kết quả kiểm nghiệm còn hiệu lực",
            "2. Thành viên chấm điểm chênh lệch",
            "Thành viên có tổng điểm chênh lệch quá 10 điểm so với điểm trung bình của các thành viên còn lại:",
            "- Bánh gai Thượng Mỗ: Phạm Đức Thắng chấm 61,00 điểm, trung bình của các thành viên còn lại 77,88 điểm,"
                    + " chênh lệch 16,88 điểm;",
            "Phiếu được chấm lại theo yêu cầu của Chủ tịch Hội đồng: Bánh gai Thượng Mỗ (1 lần).",
            "IV. KẾT LUẬN CỦA HỘI ĐỒNG", "1. Công nhận sản phẩm đạt OCOP (1 sản phẩm):",
            "- Bánh gai Thượng Mỗ (Hộ kinh doanh Nguyễn Thị Lành, Xã Thượng Mỗ): 3 sao, 74,50 điểm;",
            "2. Đề nghị Hội đồng cấp tỉnh/thành phố đánh giá, phân hạng (1 sản phẩm):",
            "3. Trả hồ sơ để chủ thể hoàn thiện (1 sản phẩm):", "4. Không công nhận (1 sản phẩm):",
            "Biên bản đã được thông qua tại cuộc họp./.", "THƯ KÝ", "CHỦ TỊCH HỘI ĐỒNG", "Nguyễn Văn Hùng", "Vũ Thị Ánh Tuyết");
    }

    @Test
    void numbersPagesFromTheSecondAndRepeatsTheTableHeader() throws IOException {
        assertTrue(longMinutes.getNumberOfPages() >= 3, "pages: " + longMinutes.getNumberOfPages());
        assertFalse(Pdfs.lines(longMinutes, 1).get(0).equals("1"), "no number on page 1");
        for (int page = 2; page <= longMinutes.getNumberOfPages(); page++) {
            List<String> lines = Pdfs.lines(longMinutes, page);
            assertEquals(String.valueOf(page), lines.get(0), "first line of page " + page);
        }
        String secondTop = String.join(" ", Pdfs.lines(longMinutes, 2).subList(1, 4));
        assertTrue(secondTop.contains("STT") && secondTop.contains("Tên sản phẩm") && secondTop.contains("Kết luận"),
                () -> "table header not repeated: " + secondTop);
        List<String> last = Pdfs.lines(longMinutes, longMinutes.getNumberOfPages());
        assertTrue(last.stream().anyMatch(line -> line.contains("CHỦ TỊCH HỘI ĐỒNG")), () -> "signatures: " + last);
        assertFalse(String.join(" ", last).contains("STT"), () -> "no table header over the conclusions: " + last);
    }

    @Test
    void rendersWithoutProductsDisagreementsOrSecretary() throws IOException {
        MinutesDocument sample = PrintSamples.minutes(0);
        MinutesDocument empty = new MinutesDocument(null, "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP", "Đan Phượng",
                LocalDate.of(2024, 10, 8), sample.meeting(), null, List.of(), LocalDate.of(2024, 10, 8),
                LocalDate.of(2024, 10, 8), null, "148/QĐ-TTg",
                List.of(new MinutesDocument.Member("Nguyễn Văn Hùng", null, "Chủ tịch Hội đồng", false, true),
                        new MinutesDocument.Member("Lê Thị Thu Hương", null, "Ủy viên", false, true)),
                new MinutesDocument.Quorum(2, 0, 2, true, false, false), "10", List.of(), List.of(),
                List.of(new MinutesDocument.ConclusionGroup("Không công nhận", List.of())), null, null, true);
        try (PDDocument document = Pdfs.load(DOCUMENTS.pdf(empty), "minutes-empty.pdf")) {
            String text = Pdfs.text(document);
            Pdfs.assertContainsAll(text,
                "Thời gian: ngày 08/10/2024.", "1. Thành viên Hội đồng có mặt: 0/2 thành viên.",
                "2. Thành viên Hội đồng vắng mặt: 2 thành viên:", "Địa điểm: " + DOTS + ".",
                "3. Thư ký Hội đồng: " + DOTS + ".",
                "Dự thảo: đợt đánh giá chưa kết thúc, kết quả và kết luận có thể còn thay đổi",
                        "Cuộc họp chưa đủ điều kiện theo quy chế (Chủ tịch Hội đồng vắng mặt).",
                "Không có thành viên nào có tổng điểm chênh lệch quá 10 điểm", "1. Không công nhận (0 sản phẩm).");
            assertFalse(text.contains("null"), "a null printed as text");
            assertFalse(text.contains("Chủ trì cuộc họp"), "the chair did not take part");
        }
    }
}
