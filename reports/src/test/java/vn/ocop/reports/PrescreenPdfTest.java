package vn.ocop.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders the commune's pre-screen of a dossier (returned with reasons, and passed) and reads the PDF back. */
class PrescreenPdfTest {

    private static final Documents DOCUMENTS = new Documents();

    private static PrescreenDocument returned() {
        return new PrescreenDocument(new Letterhead("ỦY BAN NHÂN DÂN", "XÃ ĐAN PHƯỢNG", "Đan Phượng", LocalDate.of(2025, 9, 15)),
                "Bánh tẻ Phùng", "Hợp tác xã Nông nghiệp Phùng", "Thị trấn Phùng", "I.3.c - Chế biến từ rau, củ, quả, hạt",
                List.of(new PrescreenDocument.Row(1, "Nguồn gốc sản phẩm, nguồn nguyên liệu tại địa phương", "Bắt buộc", "Đạt"),
                        new PrescreenDocument.Row(2, "Sử dụng lao động tại địa phương", "Bắt buộc", "Chưa đạt"),
                        new PrescreenDocument.Row(3, "Hồ sơ có phiếu đăng ký sản phẩm và báo cáo tự đánh giá", "Không bắt buộc",
                                "Không áp dụng")),
                "Trả lại chủ thể", null, "Chưa có xác nhận của xã về lao động địa phương", "Nguyễn Thị Hằng");
    }

    @Test
    void printsTheItemsTheOutcomeTheReasonsAndTheSignaturesInVietnamese() throws IOException {
        try (PDDocument document = Pdfs.load(DOCUMENTS.pdf(returned()), "prescreen-sample.pdf")) {
            Pdfs.assertA4Portrait(document);
            assertEquals(1, document.getNumberOfPages());
            String text = Pdfs.text(document);
            Pdfs.assertContainsAll(text,
                "ỦY BAN NHÂN DÂN", "XÃ ĐAN PHƯỢNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Đan Phượng, ngày 15 tháng 9 năm 2025", "PHIẾU SƠ LOẠI HỒ SƠ SẢN PHẨM OCOP", "Tên sản phẩm: Bánh tẻ Phùng",
                "Chủ thể: Hợp tác xã Nông nghiệp Phùng", "Địa bàn: Thị trấn Phùng",
                "Bộ sản phẩm: I.3.c - Chế biến từ rau, củ, quả, hạt", "Nội dung kiểm tra", "Kết quả",
                "Sử dụng lao động tại địa phương", "Chưa đạt", "Không áp dụng", "Kết quả sơ loại: Trả lại chủ thể",
                "Lý do trả lại hồ sơ: Chưa có xác nhận của xã về lao động địa phương", "CÁN BỘ SƠ LOẠI",
                "TM. ỦY BAN NHÂN DÂN", "Nguyễn Thị Hằng");
            assertFalse(text.contains("Nhận xét:"), "no remarks, no line");
            assertFalse(text.contains("null"), "a null printed as text");
            assertTrue(Pdfs.embeddedFonts(document).stream().anyMatch(name -> name.contains("LiberationSerif")));
        }
    }

    @Test
    void aPassedPreScreenPrintsItsRemarksAndNoReasons() throws IOException {
        PrescreenDocument r = returned();
        PrescreenDocument passed = new PrescreenDocument(r.letterhead(),
                r.productName(), r.producerName(), r.commune(), r.productSet(), r.rows(), "Đạt, chuyển Thành phố đánh giá",
                "Hồ sơ đầy đủ, đề nghị Thành phố đánh giá", null, r.officerName());
        try (PDDocument document = Pdfs.load(DOCUMENTS.pdf(passed), "prescreen-passed-sample.pdf")) {
            String text = Pdfs.text(document);
            assertTrue(text.contains("Kết quả sơ loại: Đạt, chuyển Thành phố đánh giá"), text);
            assertTrue(text.contains("Nhận xét: Hồ sơ đầy đủ, đề nghị Thành phố đánh giá"), text);
            assertFalse(text.contains("Lý do trả lại"), text);
        }
    }
}
