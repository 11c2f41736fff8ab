package vn.ocop.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A recognition decision of Đan Phượng with its annex, and certificates, as the certification capability fills them. */
final class CertificationSamples {

    static final List<String> SIGNATURE = List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");

    private CertificationSamples() {
    }

    static DecisionDocument decision(int products, boolean draft) {
        List<DecisionDocument.Row> three = new ArrayList<>();
        List<DecisionDocument.Row> four = new ArrayList<>();
        for (int i = 1; i <= products; i++) {
            boolean high = i % 3 == 0;
            DecisionDocument.Row row = new DecisionDocument.Row(0, (high ? "Giò chả Ước Lễ " : "Rau an toàn Thọ Xuân ") + i,
                    "Hợp tác xã Nông nghiệp Thượng Mỗ " + i, "Thôn Đoài, xã Thượng Mỗ, huyện Đan Phượng",
                    "1.1.1 Rau, củ, quả, hạt tươi", high ? "72,43" : "61,07", high ? "4 sao" : "3 sao",
                    i % 5 == 0 ? "Đánh giá lại" : "Lần đầu");
            (high ? four : three).add(row);
        }
        List<DecisionDocument.Group> groups = new ArrayList<>();
        int no = 1;
        for (List<DecisionDocument.Row> rows : List.of(four, three)) {
            if (rows.isEmpty()) {
                continue;
            }
            List<DecisionDocument.Row> numbered = new ArrayList<>();
            for (DecisionDocument.Row r : rows) {
                numbered.add(new DecisionDocument.Row(no++, r.product(), r.producer(), r.address(), r.productSet(), r.score(),
                        r.stars(), r.note()));
            }
            groups.add(new DecisionDocument.Group(rows == four ? "I. SẢN PHẨM ĐẠT 4 SAO" : "II. SẢN PHẨM ĐẠT 3 SAO", numbered));
        }
        return new DecisionDocument("ỦY BAN NHÂN DÂN", "HUYỆN ĐAN PHƯỢNG", draft ? "Số:        /QĐ-UBND" : "Số: 123/QĐ-UBND",
                "Đan Phượng", draft ? null : LocalDate.of(2019, 12, 5), draft, "QUYẾT ĐỊNH",
                List.of("Về việc công nhận kết quả đánh giá, phân hạng sản phẩm OCOP", "huyện Đan Phượng năm 2019"),
                "ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG",
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                        "Căn cứ Quyết định số 1048/QĐ-TTg ngày 21 tháng 8 năm 2019 của Thủ tướng Chính phủ ban hành Bộ tiêu chí đánh giá, phân hạng "
                                + "sản phẩm Chương trình mỗi xã một sản phẩm;",
                        "Căn cứ Quyết định số 2468/QĐ-UBND ngày 28 tháng 10 năm 2019 của UBND huyện về việc thành lập Hội đồng đánh giá, phân hạng "
                                + "sản phẩm OCOP huyện Đan Phượng;",
                        "Theo đề nghị của Trưởng phòng Kinh tế huyện."),
                List.of(new DecisionDocument.Article("Điều 1.", "Công nhận " + products
                        + " sản phẩm của các chủ thể đạt sản phẩm OCOP năm 2019 (có danh sách kèm theo)."),
                        new DecisionDocument.Article("Điều 2.",
                                "Kết quả đánh giá, phân hạng và Giấy chứng nhận sản phẩm OCOP có giá trị 36 tháng kể từ ngày ký. Giao Phòng Kinh tế "
                                        + "huyện công bố kết quả, trao Giấy chứng nhận và kiểm tra định kỳ, đột xuất."),
                        new DecisionDocument.Article("Điều 3.",
                                "Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Kinh tế, Chủ tịch UBND các xã, thị trấn và các chủ thể có tên tại "
                                        + "Điều 1 chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký./.")),
                List.of("Như Điều 3;", "UBND Thành phố Hà Nội (để b/c);", "Chủ tịch, các PCT UBND huyện;", "Lưu: VT, KT."),
                SIGNATURE, draft ? null : "Nguyễn Văn Thắng",
                products == 0 ? null : new DecisionDocument.Annex("DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN ĐẠT SẢN PHẨM OCOP NĂM 2019",
                        "(Kèm theo Quyết định số 123/QĐ-UBND ngày 05/12/2019 của UBND huyện Đan Phượng)", groups));
    }

    static CertificateDocument certificate(int sequence) {
        String number = String.format("OCOP-273-2019-%04d", sequence);
        return new CertificateDocument("ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG", 2019, "Giò chả Ước Lễ – hộp 500 g " + sequence,
                "Hợp tác xã Nông nghiệp Thượng Mỗ", "Thôn Đoài, xã Thượng Mỗ, huyện Đan Phượng, Hà Nội", 3 + sequence % 2,
                number, "123/QĐ-UBND", LocalDate.of(2019, 12, 5), LocalDate.of(2022, 12, 4), "Đan Phượng", SIGNATURE,
                "Nguyễn Văn Thắng", "http://localhost:8080/ocop/verify.xhtml?number=" + number);
    }
}
