package vn.ocop.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The producer's form registering a product for OCOP evaluation and classification ("Phiếu đăng ký sản phẩm tham
 * gia đánh giá, phân hạng sản phẩm OCOP", Decision 148/QĐ-TTg), signed by the producer's legal representative.
 * The producer's name is also printed, in capitals, in the issuing-body position at the top left.
 * A blank or {@code null} value of sections I and II prints as a dotted line, to be filled in by hand.
 *
 * @param place place where the form is signed, e.g. "Đan Phượng"
 * @param date date of the form
 * @param addressee the body the form is sent to, printed as "Kính gửi: …", e.g. "Hội đồng đánh giá, phân hạng
 *        sản phẩm OCOP huyện Đan Phượng"; {@code null} leaves the line out
 * @param producerName name of the producer (chủ thể), e.g. "Hợp tác xã Nông nghiệp Tân Hội"
 * @param producerType type of producer, e.g. "Hợp tác xã"
 * @param taxCode tax code, or the business registration number where there is none
 * @param address street address, e.g. "Thôn Thượng Hội"
 * @param commune commune with its type, e.g. "Xã Tân Hội"; printed after the address
 * @param representativeName legal representative, e.g. "Nguyễn Văn Hùng"; also printed under the signature
 * @param representativeTitle the representative's title, e.g. "Giám đốc"
 * @param phone phone number
 * @param email email address
 * @param productName name of the product, e.g. "Rau an toàn Tân Hội"
 * @param productSetCode code of the product set, e.g. "I.1.a"
 * @param productSetName name of the product set, e.g. "Rau, củ, quả, hạt tươi"
 * @param criteriaSet the criteria set the product is evaluated against, e.g. "148/QĐ-TTg"
 * @param registrationTypes the kinds of registration, in print order, the chosen one marked
 * @param samples number of product samples sent with the form
 * @param attachments documents sent with the form, in print order (numbered 1, 2… when printed)
 */
public record ProductRegistrationDocument(
        String place,
        LocalDate date,
        String addressee,
        String producerName,
        String producerType,
        String taxCode,
        String address,
        String commune,
        String representativeName,
        String representativeTitle,
        String phone,
        String email,
        String productName,
        String productSetCode,
        String productSetName,
        String criteriaSet,
        List<Choice> registrationTypes,
        int samples,
        List<Attachment> attachments) {

    public ProductRegistrationDocument {
        Objects.requireNonNull(date, "date");
        registrationTypes = List.copyOf(registrationTypes);
        attachments = List.copyOf(attachments);
    }

    /**
     * One kind of registration, printed with a ticked (☒) or empty (☐) box.
     *
     * @param label e.g. "Đánh giá, phân hạng lần đầu", "Nâng hạng sao", "Đánh giá lại"
     * @param chosen whether this is the kind the producer registers for
     */
    public record Choice(String label, boolean chosen) {
    }

    /**
     * One document sent with the form.
     *
     * @param name e.g. "Báo cáo tự đánh giá sản phẩm theo Bộ tiêu chí"
     * @param note printed in brackets after the name, e.g. "01 bản gốc và 01 bản điện tử", or {@code null}
     */
    public record Attachment(String name, String note) {
    }
}
