package vn.ocop.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.ocop.reports.DossierChecklistDocument.Evidence;
import vn.ocop.reports.DossierChecklistDocument.Row;
import vn.ocop.reports.ProductRegistrationDocument.Attachment;
import vn.ocop.reports.ProductRegistrationDocument.Choice;

/**
 * Test data: the registration and the dossier of "Rau an toàn Tân Hội" of the Tân Hội agricultural cooperative
 * (Đan Phượng). Names, numbers and files are made up, chosen for their diacritics.
 */
final class DossierSamples {

    static final String MANDATORY = "Bắt buộc";
    static final String SUPPORTING = "Bổ sung";
    static final String PRESENT = "Đã có";
    static final String MISSING = "Còn thiếu";

    private DossierSamples() {
    }

    static ProductRegistrationDocument registration() {
        return new ProductRegistrationDocument("Đan Phượng", LocalDate.of(2024, 3, 15),
                "Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Đan Phượng",
                "Hợp tác xã Nông nghiệp Tân Hội", "Hợp tác xã", "0108123456", "Thôn Thượng Hội", "Xã Tân Hội",
                "Nguyễn Văn Hùng", "Giám đốc", "0243 3886 123", "htxtanhoi@gmail.com",
                "Rau an toàn Tân Hội", "I.1.a", "Rau, củ, quả, hạt tươi", "148/QĐ-TTg",
                List.of(new Choice("Đánh giá, phân hạng lần đầu", true), new Choice("Nâng hạng sao", false),
                        new Choice("Đánh giá lại", false)),
                5,
                List.of(new Attachment("Báo cáo tự đánh giá sản phẩm theo Bộ tiêu chí", "01 bản gốc và 01 bản điện tử"),
                        new Attachment("Bản sao Giấy chứng nhận đăng ký hợp tác xã", null),
                        new Attachment("Phiếu kết quả kiểm nghiệm chỉ tiêu an toàn thực phẩm", "bản sao"),
                        new Attachment("Câu chuyện sản phẩm và ảnh chụp sản phẩm", null)));
    }

    /** The full dossier: 17 items, several files each; longer than a page. */
    static DossierChecklistDocument checklist() {
        List<Row> rows = new ArrayList<>();
        add(rows, "Phiếu đăng ký sản phẩm tham gia đánh giá, phân hạng", MANDATORY,
                file("phieu-dang-ky-rau-an-toan.pdf", "Hợp tác xã Nông nghiệp Tân Hội", 2024, 3, 15));
        add(rows, "Báo cáo tự đánh giá sản phẩm theo Bộ tiêu chí", MANDATORY,
                file("bao-cao-tu-danh-gia.pdf", "Hợp tác xã Nông nghiệp Tân Hội", 2024, 3, 14),
                file("bao-cao-tu-danh-gia.docx", null, null));
        add(rows, "Bản sao Giấy chứng nhận đăng ký hợp tác xã", MANDATORY,
                file("giay-chung-nhan-dang-ky-htx.pdf", "Phòng Tài chính - Kế hoạch huyện Đan Phượng", 2016, 5, 12));
        add(rows, "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", MANDATORY);
        add(rows, "Bản tự công bố sản phẩm, tiêu chuẩn cơ sở", MANDATORY,
                file("tu-cong-bo-san-pham.pdf", "Hợp tác xã Nông nghiệp Tân Hội", 2023, 11, 2));
        add(rows, "Phiếu kết quả kiểm nghiệm chỉ tiêu an toàn thực phẩm", MANDATORY,
                file("kiem-nghiem-vi-sinh-kim-loai-nang.pdf", "Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia",
                        2024, 2, 20),
                file("kiem-nghiem-du-luong-thuoc-bvtv.pdf", "Trung tâm Kiểm nghiệm và Chứng nhận chất lượng TQC",
                        2024, 2, 22));
        add(rows, "Giấy chứng nhận VietGAP", SUPPORTING,
                file("chung-nhan-vietgap.jpg", "Công ty Cổ phần Chứng nhận và Giám định Vinacert", 2023, 8, 9));
        add(rows, "Mã số, mã vạch và tem truy xuất nguồn gốc", SUPPORTING);
        add(rows, "Giấy chứng nhận đăng ký nhãn hiệu", SUPPORTING,
                file("nhan-hieu-rau-tan-hoi.pdf", "Cục Sở hữu trí tuệ", 2022, 6, 30));
        add(rows, "Hợp đồng liên kết chuỗi, chứng minh nguồn gốc nguyên liệu", SUPPORTING,
                file("hop-dong-lien-ket-bep-an-truong-hoc.pdf", "Công ty TNHH Thực phẩm sạch Hà Nội", 2023, 9, 1),
                file("hop-dong-cung-ung-sieu-thi.pdf", "Công ty Cổ phần Dịch vụ thương mại Hồng Hà", 2024, 1, 5),
                file("danh-sach-ho-lien-ket.xlsx", null, 2024, 1, 10));
        add(rows, "Kế hoạch kiểm soát chất lượng, nhật ký sản xuất", SUPPORTING,
                file("nhat-ky-san-xuat-vu-dong-xuan.pdf", null, 2024, 3, 1));
        add(rows, "Chứng từ kế toán, báo cáo tài chính năm gần nhất", SUPPORTING);
        add(rows, "Tài liệu về phát triển thị trường, xúc tiến thương mại", SUPPORTING,
                file("hoi-cho-nong-san-2023.jpg", "Sở Công Thương Hà Nội", 2023, 12, 18),
                file("to-roi-gioi-thieu-san-pham.pdf", null, null));
        add(rows, "Câu chuyện sản phẩm", SUPPORTING,
                file("cau-chuyen-rau-tan-hoi.docx", "Hợp tác xã Nông nghiệp Tân Hội", 2024, 3, 10));
        add(rows, "Giấy khen, chứng nhận giải thưởng", SUPPORTING,
                file("giay-khen-ubnd-huyen.jpg", "Ủy ban nhân dân huyện Đan Phượng", 2022, 1, 28));
        add(rows, "Ảnh chụp sản phẩm, bao bì, nhãn hàng hóa", SUPPORTING,
                file("anh-bo-rau-cai-ngot.jpg", null, null), file("anh-nhan-hang-hoa.png", null, null));
        add(rows, "Báo cáo đánh giá tác động môi trường hoặc kế hoạch bảo vệ môi trường", SUPPORTING);
        return checklist(rows, 83, 5, 6);
    }

    static DossierChecklistDocument checklist(List<Row> rows, int percent, int present, int total) {
        return new DossierChecklistDocument(new Letterhead("ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "Đan Phượng",
                LocalDate.of(2024, 3, 20)), "Rau an toàn Tân Hội", "Hợp tác xã Nông nghiệp Tân Hội", "Xã Tân Hội",
                "I.1.a", "Rau, củ, quả, hạt tươi", rows, percent, present, total);
    }

    private static void add(List<Row> rows, String item, String requirement, Evidence... files) {
        rows.add(new Row(rows.size() + 1, item, requirement, files.length == 0 ? MISSING : PRESENT, List.of(files)));
    }

    private static Evidence file(String name, String issuer, int year, int month, int day) {
        return new Evidence(name, issuer, LocalDate.of(year, month, day));
    }

    private static Evidence file(String name, String issuer, LocalDate issuedOn) {
        return new Evidence(name, issuer, issuedOn);
    }
}
