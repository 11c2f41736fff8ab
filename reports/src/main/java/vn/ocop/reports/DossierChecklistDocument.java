package vn.ocop.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The checklist of a product's OCOP dossier ("Danh mục hồ sơ sản phẩm OCOP"): which items are there, which are
 * missing, and how complete the mandatory part is. Printed as a document of the issuing body. A {@code null} string
 * prints as nothing.
 *
 * @param letterhead the issuing body, the place and the date of issue
 * @param productName name of the product, e.g. "Rau an toàn Tân Hội"
 * @param producerName name of the producer, e.g. "Hợp tác xã Nông nghiệp Tân Hội"
 * @param commune the producer's commune with its type, e.g. "Xã Tân Hội"
 * @param productSetCode code of the product set, e.g. "I.1.a"
 * @param productSetName name of the product set, e.g. "Rau, củ, quả, hạt tươi"
 * @param rows the items of the dossier, in print order
 * @param completenessPercent share of the mandatory items present, 0–100, printed as "Mức độ đầy đủ: 75 %"
 * @param mandatoryPresent how many mandatory items are present (the x of "x/y mục bắt buộc")
 * @param mandatoryTotal how many items are mandatory (the y of "x/y mục bắt buộc")
 */
public record DossierChecklistDocument(
        Letterhead letterhead,
        String productName,
        String producerName,
        String commune,
        String productSetCode,
        String productSetName,
        List<Row> rows,
        int completenessPercent,
        int mandatoryPresent,
        int mandatoryTotal) {

    public DossierChecklistDocument {
        Objects.requireNonNull(letterhead, "letterhead");
        rows = List.copyOf(rows);
    }

    /**
     * One item of the dossier.
     *
     * @param no sequence number (STT)
     * @param item name of the item, e.g. "Phiếu kết quả kiểm nghiệm chỉ tiêu an toàn thực phẩm"
     * @param requirement "Bắt buộc" or "Bổ sung"
     * @param status "Đã có" or "Còn thiếu"
     * @param documents the uploaded files of the item, in print order, one line each in the cell; empty if none
     */
    public record Row(
            int no,
            String item,
            String requirement,
            String status,
            List<Evidence> documents) {

        public Row {
            documents = List.copyOf(documents);
        }
    }

    /**
     * One uploaded file, printed as "file name (issuer, dd/MM/yyyy)"; what is {@code null} is left out.
     *
     * @param fileName e.g. "phieu-kiem-nghiem-2024.pdf"
     * @param issuer who issued the document, e.g. "Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia"
     * @param issuedOn date of issue
     */
    public record Evidence(String fileName, String issuer, LocalDate issuedOn) {
    }
}
