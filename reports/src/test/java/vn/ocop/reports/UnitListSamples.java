package vn.ocop.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.ocop.reports.UnitListDocument.Row;

/**
 * Test data: Đan Phượng district, its 16 communes (2019) and 63 villages, 80 rows in all. Villages have no code
 * (their cells print empty); commune codes and village names are made up, the names chosen for their diacritics.
 */
final class UnitListSamples {

    private static final String[] COMMUNES = {
        "Thị trấn Phùng", "Xã Đan Phượng", "Xã Đồng Tháp", "Xã Hạ Mỗ", "Xã Hồng Hà", "Xã Liên Hà",
        "Xã Liên Hồng", "Xã Liên Trung", "Xã Phương Đình", "Xã Song Phượng", "Xã Tân Hội", "Xã Tân Lập",
        "Xã Thọ An", "Xã Thọ Xuân", "Xã Thượng Mỗ", "Xã Trung Châu"};

    private static final String[] VILLAGES = {
        "Cụm Ô Diên", "Thôn Liên Minh", "Thôn Thượng Thôn", "Thôn Hạ Thôn", "Thôn Bãi Tháp",
        "Thôn Đồng Lạc", "Thôn Thọ Vực", "Thôn Ích Vịnh", "Thôn Địch Thượng", "Thôn Phương Mạc",
        "Thôn Hòa Bình", "Thôn Đoàn Kết", "Thôn Thống Nhất", "Thôn Tiên Tân", "Thôn Phúc Hậu",
        "Thôn Nhuận Trạch", "Thôn Bồng Lai", "Thôn Vĩnh Kỳ", "Thôn Hưng Thịnh", "Thôn Khánh Hội",
        "Thôn Trúc Lâm", "Thôn Quế Dương", "Thôn Yên Thái", "Thôn Đắc Sở", "Thôn Song Khê",
        "Thôn Mỹ Hưng", "Thôn Đại Phùng", "Thôn Chùa Tổng", "Thôn Hậu Ái", "Thôn Tháp Thượng",
        "Thôn Tháp Hạ", "Thôn Phượng Trì", "Thôn Đông Khê", "Thôn Thụy Ứng", "Thôn Hữu Quang",
        "Thôn Xuân Dương", "Thôn Cổ Ngõa", "Thôn Thuận Thượng", "Thôn Ngọc Khê", "Thôn Bá Nội",
        "Thôn Thượng Hội", "Thôn Kim Hoàng", "Thôn Văn Khê", "Thôn Yên Sở", "Thôn Tiền Lệ",
        "Thôn Ứng Thiên", "Thôn Quán Ổi", "Thôn Gò Sỏi", "Thôn Bến Đò", "Thôn Đỗ Xá",
        "Thôn Vũ Cầu", "Thôn Ỷ La", "Thôn Lũy Bắc", "Thôn Mỹ Ả", "Thôn Cẩm Đình",
        "Thôn Hữu Bằng", "Thôn Ẩm Thượng", "Thôn Nghĩa Dũng", "Thôn Dững Xuyên", "Thôn Sủi Hạ",
        "Thôn Giữa Đồng", "Thôn Nhổn Thượng", "Thôn Kỳ Lừa"};

    private UnitListSamples() {
    }

    static UnitListDocument danPhuong() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(1, "273", "Huyện Đan Phượng", "Huyện", "Thành phố Hà Nội", "01/01/2019", "30/06/2025",
                "Giải thể"));
        for (int i = 0; i < COMMUNES.length; i++) {
            String type = i == 0 ? "Thị trấn" : "Xã";
            rows.add(new Row(rows.size() + 1, String.format("%05d", 9955 + 3 * i), COMMUNES[i], type,
                    "Huyện Đan Phượng", "01/01/2019", "30/06/2025", "Sáp nhập"));
        }
        for (int i = 0; i < VILLAGES.length; i++) {
            String parent = COMMUNES[i % COMMUNES.length];
            String note = i % 7 == 3 ? "Tách từ thôn cũ" : null;
            String validTo = i % 5 == 0 ? "31/12/2024" : null;
            rows.add(new Row(rows.size() + 1, null, VILLAGES[i], "Thôn", parent, "05/02/2024", validTo, note));
        }
        return new UnitListDocument(new Letterhead("ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", "Đan Phượng", LocalDate.of(2024, 2, 5)),
                "DANH SÁCH ĐƠN VỊ HÀNH CHÍNH", "(Kèm theo Quyết định số 123/QĐ-UBND ngày 05/02/2024 của UBND huyện Đan Phượng)",
                rows);
    }
}
