package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.ocop.reports.ProductRegistrationDocument.Attachment;
import vn.ocop.reports.ProductRegistrationDocument.Choice;

/** Renders the registration form of "Rau an toàn Tân Hội" and reads the PDF back. */
class ProductRegistrationPdfTest extends OneDocumentTest {

    ProductRegistrationPdfTest() {
        super("product-registration-sample.pdf");
    }

    @Override
    byte[] render() {
        return DOCUMENTS.pdf(DossierSamples.registration());
    }

    @Test
    void isOneA4PortraitPage() {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        Pdfs.assertA4Portrait(document);
        assertEquals(1, document.getNumberOfPages());
    }

    @Test
    void printsTheVietnameseTextExactly() throws IOException {
        String text = Pdfs.text(document);
        Pdfs.assertContainsAll(text,
            "HỢP TÁC XÃ NÔNG NGHIỆP TÂN HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Đan Phượng, ngày 15 tháng 3 năm 2024",
            "PHIẾU ĐĂNG KÝ SẢN PHẨM THAM GIA ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP",
            "Kính gửi: Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Đan Phượng",
            "Tên chủ thể: Hợp tác xã Nông nghiệp Tân Hội", "Loại hình: Hợp tác xã",
            "Mã số thuế/Số đăng ký kinh doanh: 0108123456", "Địa chỉ: Thôn Thượng Hội, Xã Tân Hội",
            "Người đại diện theo pháp luật: Nguyễn Văn Hùng; chức vụ: Giám đốc",
            "Điện thoại: 0243 3886 123; email: htxtanhoi@gmail.com",
            "Tên sản phẩm: Rau an toàn Tân Hội", "Bộ sản phẩm: I.1.a - Rau, củ, quả, hạt tươi",
            "Bộ tiêu chí đánh giá, phân hạng: 148/QĐ-TTg",
            "Số lượng mẫu sản phẩm gửi kèm: 5",
            "1. Báo cáo tự đánh giá sản phẩm theo Bộ tiêu chí (01 bản gốc và 01 bản điện tử)",
            "2. Bản sao Giấy chứng nhận đăng ký hợp tác xã 3.", "4. Câu chuyện sản phẩm và ảnh chụp sản phẩm",
            "Chúng tôi cam đoan các thông tin kê khai trên và hồ sơ gửi kèm là đúng sự thật",
            "ĐẠI DIỆN CHỦ THỂ", "(Ký, ghi rõ họ tên, đóng dấu)", "Nguyễn Văn Hùng");
        assertFalse(text.contains("null"), "a null printed as text");
    }

    @Test
    void ticksTheChosenRegistrationTypeOnly() throws IOException {
        String text = Pdfs.text(document);
        assertTrue(text.contains("☒ Đánh giá, phân hạng lần đầu"), text);
        assertTrue(text.contains("☐ Nâng hạng sao"), text);
        assertTrue(text.contains("☐ Đánh giá lại"), text);
        assertEquals(1, text.chars().filter(c -> c == '☒').count());
    }

    @Test
    void embedsLiberationSerifAndDejaVuSansForTheBoxes() throws IOException {
        List<String> fonts = Pdfs.embeddedFonts(document);
        assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationSerif")), () -> "fonts: " + fonts);
        assertTrue(fonts.stream().anyMatch(name -> name.contains("DejaVuSans")), () -> "fonts: " + fonts);
    }

    @Test
    void signsUnderTheDeclarationOnTheSamePage() throws IOException {
        List<String> lines = Pdfs.lines(document, 1);
        int declaration = indexOf(lines, "Chúng tôi cam đoan");
        int signature = indexOf(lines, "ĐẠI DIỆN CHỦ THỂ");
        assertTrue(declaration >= 0 && signature > declaration, () -> "lines: " + lines);
        assertEquals("Nguyễn Văn Hùng", lines.get(lines.size() - 1));
    }

    @Test
    void dotsWhatIsMissingAndNumbersTheSecondPage() throws IOException {
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            attachments.add(new Attachment("Tài liệu chứng minh số " + i, i % 2 == 0 ? "bản sao" : null));
        }
        ProductRegistrationDocument sparse = new ProductRegistrationDocument(null, LocalDate.of(2025, 1, 2), null,
                "Hộ kinh doanh Lê Thị Hoa", null, null, null, "Xã Hạ Mỗ", "Lê Thị Hoa", "Chủ hộ", null, null,
                "Giò lụa Hạ Mỗ", null, null, "148/QĐ-TTg",
                List.of(new Choice("Đánh giá, phân hạng lần đầu", false), new Choice("Đánh giá lại", true)), 0,
                attachments);
        try (PDDocument long_ = Pdfs.load(DOCUMENTS.pdf(sparse), "product-registration-long.pdf")) {
            String text = Pdfs.text(long_);
            assertTrue(text.contains("ngày 02 tháng 01 năm 2025"), text);
            assertTrue(text.contains("Địa chỉ: Xã Hạ Mỗ"), text);
            assertTrue(text.contains("☒ Đánh giá lại"), text);
            String dots = "…".repeat(8);
            assertTrue(text.contains("Điện thoại: " + dots + "; email: " + dots), text);
            assertFalse(text.contains("Kính gửi"), text);
            assertFalse(text.contains("null"), text);
            assertTrue(long_.getNumberOfPages() >= 2, "pages: " + long_.getNumberOfPages());
            assertEquals("2", Pdfs.lines(long_, 2).get(0));
            assertFalse(Pdfs.lines(long_, 1).contains("1"), "page 1 shows a page number");
        }
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
