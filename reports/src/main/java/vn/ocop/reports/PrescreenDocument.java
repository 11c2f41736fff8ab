package vn.ocop.reports;

import java.util.List;
import java.util.Objects;

/**
 * The commune's pre-screen of a product's dossier ("Phiếu sơ loại hồ sơ sản phẩm OCOP", 148/QĐ-TTg as amended by
 * 1489/QĐ-TTg): the items checked with their result, the outcome, the remarks or the reasons for returning it, and
 * the signatures of the officer and of the commune's People's Committee. A {@code null} string prints as nothing.
 *
 * @param letterhead the commune's body, the place of signing and the day of the pre-screen
 * @param productName name of the product
 * @param producerName name of the producer
 * @param commune the producer's commune with its type, e.g. "Thị trấn Phùng"
 * @param productSet code and name of the product set, e.g. "I.3.c - Chế biến từ rau, củ, quả, hạt"
 * @param rows the items checked, in print order
 * @param outcome the outcome in words, e.g. "Đạt, chuyển Thành phố đánh giá"
 * @param remarks the officer's remarks, or null
 * @param reasons the reasons for returning the dossier, or null
 * @param officerName the officer who pre-screened it
 */
public record PrescreenDocument(
        Letterhead letterhead,
        String productName,
        String producerName,
        String commune,
        String productSet,
        List<Row> rows,
        String outcome,
        String remarks,
        String reasons,
        String officerName) {

    public PrescreenDocument {
        Objects.requireNonNull(letterhead, "letterhead");
        rows = List.copyOf(rows);
    }

    /**
     * One item checked.
     *
     * @param no sequence number (STT)
     * @param item the item, e.g. "Sử dụng lao động tại địa phương"
     * @param requirement "Bắt buộc" or "Không bắt buộc"
     * @param result "Đạt", "Chưa đạt" or "Không áp dụng"
     */
    public record Row(int no, String item, String requirement, String result) {
    }
}
