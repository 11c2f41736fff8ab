package vn.ocop.reports;

import java.util.ArrayList;
import java.util.List;

import vn.ocop.reports.ScoringSheetDocument.Part;
import vn.ocop.reports.ScoringSheetDocument.Row;

/** Test data: the opening of the 148/QĐ-TTg sheet of set 7 (processed fruit and vegetables), repeated to fill pages. */
final class ScoringSheetSamples {

    private ScoringSheetSamples() {
    }

    static ScoringSheetDocument sheet() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(0, "Phần A\nSẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG (40 Điểm)", null, "40", 0));
        rows.add(new Row(1, "1. TỔ CHỨC SẢN XUẤT", null, "18", 0));
        rows.add(new Row(2, "a) Nguồn nguyên liệu", null, "5", 0));
        rows.add(new Row(3, "Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%", null, "1", 3));
        rows.add(new Row(3, "Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%", null, "3", 0));
        rows.add(new Row(3, "Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%", null, "5", 0));
        rows.add(new Row(2, "c) Năng lực sản xuất để đáp ứng yêu cầu phân phối\n(Khả năng sản xuất đáp ứng nhu cầu về số lượng/quy mô"
                + " của thị trường, so sánh với quy mô trung bình ở cùng đối tượng sản xuất tại địa phương)", null, "3", 0));
        rows.add(new Row(3, "Có năng lực, quy mô sản xuất mức độ nhỏ", null, "1", 0));
        rows.add(new Row(3, "Có năng lực, quy mô sản xuất trung bình", null, "2", 4));
        rows.add(new Row(3, "Có năng lực, quy mô sản xuất lớn, có thể đáp ứng thị trường xuất khẩu", null, "3", 5));
        rows.add(new Row(2, "e) Sở hữu trí tuệ", null, "2", 4));
        rows.add(new Row(3, "Nhãn hiệu sử dụng trên sản phẩm của chủ thể được cấp giấy chứng nhận đăng ký", null, "1", 0));
        rows.add(new Row(0, "Phần B\nKHẢ NĂNG TIẾP THỊ (25 Điểm)", null, "25", 0));
        rows.add(new Row(1, "5. CÂU CHUYỆN VỀ SẢN PHẨM", null, "12", 0));
        rows.add(new Row(2, "b) Trí tuệ/bản sắc địa phương", "Chỉ áp dụng khi có câu chuyện, đánh giá nội dung câu chuyện:", "5", 0));
        rows.add(new Row(3, "Có câu chuyện riêng, gắn với nguồn gốc xuất xứ", null, "3", 3));
        rows.add(new Row(0, "Phần C\nCHẤT LƯỢNG SẢN PHẨM (35 Điểm)", null, "35", 0));
        rows.add(new Row(1, "9. ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM", "Ghi chú: Không đánh giá các bước tiếp theo nếu Giấy chứng nhận"
                + " đủ điều kiện ATTP (hoặc tương đương) không phù hợp theo quy định", "5", 0));
        for (int i = 0; i < 8; i++) {
            rows.add(new Row(3, "Có chứng nhận quản lý chất lượng theo tiêu chuẩn quốc tế, đủ điều kiện ATTP cho xuất khẩu"
                    + " và các thủ tục pháp lý khác theo yêu cầu của thị trường đích & <đích>", null, "5", 5));
            rows.add(new Row(3, "Có kế hoạch kiểm soát nội bộ gắn với truy xuất nguồn gốc theo quy định", null, "2", 3));
            rows.add(new Row(3, "Có chứng nhận quản lý chất lượng tiên tiến (ISO/GMP/HACCP/...)", null, "3", 4));
        }
        return new ScoringSheetDocument("148/QĐ-TTg", "Bộ Tiêu chí đánh giá, phân hạng sản phẩm OCOP ban hành kèm theo"
                + " Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ",
                "Bộ sản phẩm số 7 (I.3.c): Chế biến từ rau, củ, quả, hạt",
                List.of(new Part("A", 40), new Part("B", 25), new Part("C", 35)), rows);
    }
}
