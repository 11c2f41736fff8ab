package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import vn.ocop.reports.DossierChecklistDocument.Evidence;
import vn.ocop.reports.DossierChecklistDocument.Row;

/** Renders the dossier checklist of "Rau an toàn Tân Hội" (two pages) and reads the PDF back. */
class DossierChecklistPdfTest extends OneDocumentTest {

    DossierChecklistPdfTest() {
        super("dossier-checklist-sample.pdf");
    }

    @Override
    byte[] render() {
        return DOCUMENTS.pdf(DossierSamples.checklist());
    }

    @Test
    void printsTheVietnameseTextExactly() throws IOException {
        String text = Pdfs.text(document);
        Pdfs.assertContainsAll(text,
            "ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Đan Phượng, ngày 20 tháng 3 năm 2024", "DANH MỤC HỒ SƠ SẢN PHẨM OCOP",
            "Tên sản phẩm: Rau an toàn Tân Hội", "Chủ thể: Hợp tác xã Nông nghiệp Tân Hội", "Địa bàn: Xã Tân Hội",
            "Bộ sản phẩm: I.1.a - Rau, củ, quả, hạt tươi",
            "STT", "Thành phần hồ sơ", "Yêu cầu", "Tình trạng",
            "Phiếu kết quả kiểm nghiệm chỉ tiêu an toàn thực phẩm", "Bắt buộc", "Bổ sung", "Đã có", "Còn thiếu",
            "Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia", "Phòng Tài chính - Kế hoạch huyện Đan Phượng",
            "Ủy ban nhân dân huyện Đan Phượng", "Giấy chứng nhận VietGAP",
            "Mức độ đầy đủ: 83 % (5/6 mục bắt buộc)");
        assertFalse(text.contains("null"), "a null printed as text");
    }

    @Test
    void writesEachFileWithIssuerAndShortDate() throws IOException {
        String text = Pdfs.text(document);
        assertTrue(text.contains("(Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia, 20/02/2024)"), text);
        assertTrue(text.contains("danh-sach-ho-lien-ket.xlsx (10/01/2024)"), text);
        assertTrue(text.contains("bao-cao-tu-danh-gia.docx"), text);
    }

    @Test
    void embedsEveryFontAndUsesLiberationSerif() throws IOException {
        Pdfs.assertEmbedsLiberationSerif(document);
    }

    @Test
    void numbersPagesFromTheSecondAndRepeatsTheTableHeader() throws IOException {
        Pdfs.assertNumberedFromTheSecondPage(document, "ỦY BAN NHÂN DÂN", "STT");
        List<String> last = Pdfs.lines(document, document.getNumberOfPages());
        assertEquals("Mức độ đầy đủ: 83 % (5/6 mục bắt buộc)", last.get(last.size() - 1));
    }

    @Test
    void rendersAShortChecklistOnOnePageWithoutNumber() throws IOException {
        DossierChecklistDocument shortList = DossierSamples.checklist(List.of(
                new Row(1, "Phiếu đăng ký sản phẩm tham gia đánh giá, phân hạng", "Bắt buộc", "Đã có",
                        List.of(new Evidence("phieu-dang-ky.pdf", null, LocalDate.of(2024, 3, 5)))),
                new Row(2, "Câu chuyện sản phẩm", "Bổ sung", "Còn thiếu", List.of())), 100, 1, 1);
        try (PDDocument one = Pdfs.load(DOCUMENTS.pdf(shortList), "dossier-checklist-short.pdf")) {
            assertEquals(1, one.getNumberOfPages());
            String text = Pdfs.text(one);
            assertTrue(text.contains("phieu-dang-ky.pdf (05/03/2024)"), text);
            assertTrue(text.contains("Mức độ đầy đủ: 100 % (1/1 mục bắt buộc)"), text);
            assertFalse(text.contains("null"), text);
        }
        assertTrue(DOCUMENTS.pdf(DossierSamples.checklist(List.of(), 0, 0, 0)).length > 0);
    }
}
