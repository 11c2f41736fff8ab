package vn.ocop.reports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The three printables of training: the certificate, the attendance sheet and the coverage report. */
class TrainingPdfTest {

    private static final Documents DOCUMENTS = new Documents();

    static TrainingCertificateDocument certificate() {
        return new TrainingCertificateDocument(new Letterhead("ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "Đan Phượng", LocalDate.of(2019, 7, 5)),
                "DT-2019-0001", "Nguyễn Thị Hằng", "HTX Nông nghiệp Thọ An",
                "Quản trị sản xuất kinh doanh cho chủ thể OCOP", "DT-2019-03", LocalDate.of(2019, 6, 24),
                LocalDate.of(2019, 6, 26), 24, "Phòng Kinh tế huyện Đan Phượng",
                "Kiểm tra tại http://ocop.danphuong.example.vn/ocop/verify/training.xhtml?number=DT-2019-0001");
    }

    @Test
    void theCertificateIsA4LandscapeWithTheNameTheCourseAndTheNumber() throws IOException {
        try (PDDocument pdf = Pdfs.load(DOCUMENTS.pdf(certificate()), "training-certificate-sample.pdf")) {
            assertEquals(1, pdf.getNumberOfPages());
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertEquals(842, size.getWidth(), 1);
            assertEquals(595, size.getHeight(), 1);
            String text = Pdfs.text(pdf);
            assertAll(Stream.of("GIẤY CHỨNG NHẬN", "HOÀN THÀNH KHÓA ĐÀO TẠO", "Nguyễn Thị Hằng", "Số: DT-2019-0001",
                    "Đơn vị: HTX Nông nghiệp Thọ An", "Quản trị sản xuất kinh doanh cho chủ thể OCOP",
                    "từ ngày 24/06/2019 đến ngày 26/06/2019, 24 giờ học", "Đan Phượng, ngày 05 tháng 7 năm 2019",
                    "TM. ỦY BAN NHÂN DÂN", "number=DT-2019-0001")
                    .map(expected -> () -> assertTrue(text.contains(expected), () -> "missing: " + expected + " in " + text)));
            assertTrue(Pdfs.embeddedFonts(pdf).stream().anyMatch(f -> f.contains("LiberationSerif")));
        }
    }

    @Test
    void theAttendanceSheetListsEveryParticipantWithRoomToSign() throws IOException {
        List<AttendanceSheetDocument.Row> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(new AttendanceSheetDocument.Row(i, "Học viên số " + i, "Tổ hợp tác Rau sạch Tân Hội", "Xã Tân Hội"));
        }
        AttendanceSheetDocument sheet = new AttendanceSheetDocument("ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG",
                "Quản trị sản xuất kinh doanh cho chủ thể OCOP", "DT-2019-03", 2, LocalDate.of(2019, 6, 25),
                "Marketing và câu chuyện sản phẩm", "Hội trường UBND huyện", rows);
        try (PDDocument pdf = Pdfs.load(DOCUMENTS.pdf(sheet), "attendance-sheet-sample.pdf")) {
            Pdfs.assertA4Portrait(pdf);
            assertTrue(pdf.getNumberOfPages() >= 2, "40 rows take more than a page");
            String text = Pdfs.text(pdf);
            assertAll(Stream.of("DANH SÁCH HỌC VIÊN KÝ ĐIỂM DANH", "(DT-2019-03)", "Buổi 2, ngày 25/06/2019 – Marketing và câu chuyện sản phẩm",
                    "Địa điểm: Hội trường UBND huyện", "Ký tên", "Học viên số 1 ", "Học viên số 40", "Tổng số học viên: 40")
                    .map(expected -> () -> assertTrue(text.contains(expected), () -> "missing: " + expected)));
            assertEquals("2", Pdfs.lines(pdf, 2).get(0), "page 2 is numbered");
            assertFalse(text.contains("null"));
        }
    }

    @Test
    void theCoverageReportShowsEachCommuneAndTheTotals() throws IOException {
        TrainingCoverageDocument report = new TrainingCoverageDocument(new Letterhead("ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "Đan Phượng",
                LocalDate.of(2020, 12, 31)), 2020, List.of(
                        new TrainingCoverageDocument.Row("Người quản lý chủ thể", "Xã Tân Hội", 6, 5, "83,3 %", "100 %",
                                "Đỗ Văn Ẩn", false),
                        new TrainingCoverageDocument.Row("Người quản lý chủ thể", "Toàn huyện", 40, 31, "77,5 %", "100 %",
                                "", true)));
        try (PDDocument pdf = Pdfs.load(DOCUMENTS.pdf(report), "training-coverage-sample.pdf")) {
            Pdfs.assertA4Portrait(pdf);
            String text = Pdfs.text(pdf);
            assertAll(Stream.of("BÁO CÁO KẾT QUẢ ĐÀO TẠO, TẬP HUẤN OCOP NĂM 2020", "Phải đào tạo", "Xã Tân Hội", "83,3 %",
                    "Đỗ Văn Ẩn", "Toàn huyện", "77,5 %", "Đan Phượng, ngày 31 tháng 12 năm 2020")
                    .map(expected -> () -> assertTrue(text.contains(expected), () -> "missing: " + expected)));
        }
    }
}
