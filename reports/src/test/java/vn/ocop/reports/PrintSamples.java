package vn.ocop.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import vn.ocop.reports.MinutesDocument.ConclusionGroup;
import vn.ocop.reports.MinutesDocument.Disagreement;
import vn.ocop.reports.MinutesDocument.Member;
import vn.ocop.reports.MinutesDocument.Quorum;
import vn.ocop.reports.MinutesDocument.Result;
import vn.ocop.reports.ScoringSheetDocument.Part;
import vn.ocop.reports.ScoringSheetDocument.Row;

/** Test data: a member's sheet of the district round of 2024 and the minutes of its council session. */
final class PrintSamples {

    static final String ROUND = "Đánh giá, phân hạng sản phẩm OCOP huyện Đan Phượng năm 2024 (đợt 1)";

    private PrintSamples() {
    }

    /** Trần Thị Bích Ngọc's sheet for "Miến dong Tân Hội": submitted, or still to fill in on paper. */
    static MemberSheetDocument memberSheet(boolean submitted) {
        ScoringSheetDocument blank = ScoringSheetSamples.sheet();
        List<Row> rows = new ArrayList<>();
        for (Row row : blank.rows()) {
            if (!submitted) {
                rows.add(row);
            } else if (row.level() == 3) {
                boolean ticked = row.text().contains("từ 50% đến dưới 75%") || row.text().contains("quy mô sản xuất trung bình")
                        || row.text().startsWith("Nhãn hiệu") || row.text().startsWith("Có câu chuyện riêng")
                        || row.text().startsWith("Có kế hoạch kiểm soát");
                rows.add(new Row(row.level(), row.text(), row.note(), row.points(), row.stars(), ticked, null));
            } else {
                String scored = switch (row.text().lines().findFirst().orElse("")) {
                    case "Phần A" -> "6";
                    case "1. TỔ CHỨC SẢN XUẤT" -> "6";
                    case "a) Nguồn nguyên liệu" -> "3";
                    case "e) Sở hữu trí tuệ" -> "1";
                    case "Phần B", "5. CÂU CHUYỆN VỀ SẢN PHẨM", "b) Trí tuệ/bản sắc địa phương" -> "3";
                    case "Phần C", "9. ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM" -> "2";
                    default -> row.text().startsWith("c) Năng lực") ? "2" : null;
                };
                rows.add(new Row(row.level(), row.text(), row.note(), row.points(), row.stars(), false, scored));
            }
        }
        List<Part> parts = submitted ? List.of(new Part("A", 40, "6"), new Part("B", 25, "3"), new Part("C", 35, "2"))
                : blank.parts();
        ScoringSheetDocument sheet = new ScoringSheetDocument(blank.criteriaSet(), blank.criteriaSetName(), blank.productSet(),
                parts, rows);
        return new MemberSheetDocument(ROUND, "cấp huyện", 2024, "2519/QĐ-UBND", LocalDate.of(2024, 9, 20),
                "Trần Thị Bích Ngọc", "Phó Trưởng phòng Kinh tế huyện", "Ủy viên", "Miến dong Tân Hội",
                "Hợp tác xã Nông nghiệp và Dịch vụ Tân Hội", "Xã Tân Hội",
                submitted ? LocalDateTime.of(2024, 10, 3, 9, 5) : null, submitted ? "11" : null, sheet);
    }

    /** The minutes: five members and the secretary, one absent; products recognised, forwarded, returned, not recognised. */
    static MinutesDocument minutes(int extraProducts) {
        List<Member> members = List.of(
                new Member("Nguyễn Văn Hùng", "Phó Chủ tịch UBND huyện", "Chủ tịch Hội đồng", true, true),
                new Member("Lê Thị Thu Hương", "Trưởng phòng Kinh tế huyện", "Phó Chủ tịch Hội đồng", true, true),
                new Member("Trần Thị Bích Ngọc", "Phó Trưởng phòng Kinh tế huyện", "Ủy viên", true, true),
                new Member("Phạm Đức Thắng", "Trưởng phòng Y tế huyện", "Ủy viên", true, true),
                new Member("Đỗ Quang Vĩnh", null, "Ủy viên", false, true),
                new Member("Vũ Thị Ánh Tuyết", "Chuyên viên Phòng Kinh tế huyện", "Thư ký Hội đồng", false, false));
        List<Result> results = new ArrayList<>();
        results.add(new Result(1, "Miến dong Tân Hội", "Hợp tác xã Nông nghiệp và Dịch vụ Tân Hội", "Xã Tân Hội", "82,75",
                "33,50", "21,25", "28,00", 4, null, null, "Đề nghị cấp tỉnh/thành phố đánh giá, phân hạng", null, 0));
        results.add(new Result(2, "Bánh gai Thượng Mỗ", "Hộ kinh doanh Nguyễn Thị Lành", "Xã Thượng Mỗ", "74,50", "29,00",
                "19,50", "26,00", 3, 4, "4★: Phần A › 1. TỔ CHỨC SẢN XUẤT › e) Sở hữu trí tuệ (≥ 1; 0.50)",
                "Công nhận sản phẩm OCOP 3 sao", null, 1));
        results.add(new Result(3, "Hoa bưởi sấy Song Phượng", "Tổ hợp tác Hoa Song Phượng", "Xã Song Phượng", "61,25",
                "24,00", "16,25", "21,00", 3, null, null, "Trả hồ sơ để hoàn thiện",
                "Thiếu phiếu kết quả kiểm nghiệm còn hiệu lực", 0));
        results.add(new Result(4, "Rượu nếp cái hoa vàng Hồng Hà", "Hộ kinh doanh Đặng Văn Tư", "Xã Hồng Hà", "41,00",
                "17,00", "11,00", "13,00", 2, null, null, "Không công nhận", null, 0));
        for (int i = 0; i < extraProducts; i++) {
            results.add(new Result(5 + i, "Sản phẩm thử nghiệm số " + (i + 1) + " của Hợp tác xã Đồng Tháp",
                    "Hợp tác xã Dịch vụ Nông nghiệp Đồng Tháp", "Xã Đồng Tháp", "55,50", "22,00", "15,50", "18,00", 3,
                    null, null, "Công nhận sản phẩm OCOP 3 sao", null, 0));
        }
        List<ConclusionGroup> groups = List.of(
                new ConclusionGroup("Công nhận sản phẩm đạt OCOP", List.of(
                        "Bánh gai Thượng Mỗ (Hộ kinh doanh Nguyễn Thị Lành, Xã Thượng Mỗ): 3 sao, 74,50 điểm")),
                new ConclusionGroup("Đề nghị Hội đồng cấp tỉnh/thành phố đánh giá, phân hạng", List.of(
                        "Miến dong Tân Hội (Hợp tác xã Nông nghiệp và Dịch vụ Tân Hội, Xã Tân Hội): 4 sao, 82,75 điểm")),
                new ConclusionGroup("Trả hồ sơ để chủ thể hoàn thiện", List.of(
                        "Hoa bưởi sấy Song Phượng (Tổ hợp tác Hoa Song Phượng, Xã Song Phượng): Thiếu phiếu kết quả kiểm nghiệm")),
                new ConclusionGroup("Không công nhận", List.of(
                        "Rượu nếp cái hoa vàng Hồng Hà (Hộ kinh doanh Đặng Văn Tư, Xã Hồng Hà): 2 sao, 41,00 điểm")));
        return new MinutesDocument("ỦY BAN NHÂN DÂN\nHUYỆN ĐAN PHƯỢNG", "HỘI ĐỒNG ĐÁNH GIÁ,\nPHÂN HẠNG SẢN PHẨM OCOP",
                "Đan Phượng", LocalDate.of(2024, 10, 8),
                "Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2024", ROUND,
                List.of("Căn cứ Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ ban hành Bộ Tiêu chí"
                                + " đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
                        "Căn cứ Quyết định số 2519/QĐ-UBND ngày 20/09/2024 của Ủy ban nhân dân huyện Đan Phượng về việc thành"
                                + " lập Hội đồng đánh giá, phân hạng sản phẩm OCOP"),
                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 8), "Hội trường UBND huyện Đan Phượng & <tầng 2>",
                "148/QĐ-TTg", members, new Quorum(5, 4, 4, true, true, true), "10", results,
                List.of(new Disagreement("Bánh gai Thượng Mỗ", "Phạm Đức Thắng", "61,00", "77,88", "16,88")), groups,
                "Nguyễn Văn Hùng", "Vũ Thị Ánh Tuyết", false);
    }
}
