package vn.ocop.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The certificate of an OCOP product (Giấy chứng nhận sản phẩm OCOP), A4 landscape: the national name, the
 * issuing body, the title and the programme year, the product, its producer and their address, the star class
 * drawn as stars, the certificate's number, the recognition decision's number and date, the validity, the QR
 * code of the public verification address (printed beside it as text too), and the signature block.
 *
 * @param issuingBody     e.g. "ỦY BAN NHÂN DÂN HUYỆN ĐAN PHƯỢNG"
 * @param programmeYear   the year of the programme's round, e.g. 2019
 * @param productName     the product's name
 * @param producerName    the producer (chủ thể)
 * @param producerAddress the producer's address
 * @param stars           the star class, 1–5
 * @param number          the certificate's number, e.g. "OCOP-273-2019-0001"
 * @param decisionNumber  e.g. "123/QĐ-UBND"
 * @param decisionDate    the decision's signing date (the certificate's date of issue)
 * @param validUntil      the last day of validity
 * @param place           place of signature, e.g. "Đan Phượng"
 * @param signature       lines above the signature, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
 * @param signer          the signer's name, or null
 * @param verificationUrl the public address that verifies this certificate (the QR code opens it)
 * @param level           null when the certificate confers the star class; else the level of a recognition at the issuing
 *                        body's own level (e.g. "cấp huyện"), printed instead of the stars, which it does not confer
 */
public record CertificateDocument(
        String issuingBody,
        int programmeYear,
        String productName,
        String producerName,
        String producerAddress,
        int stars,
        String number,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate validUntil,
        String place,
        List<String> signature,
        String signer,
        String verificationUrl,
        String level) {

    /** A certificate that confers its star class. */
    public CertificateDocument(String issuingBody, int programmeYear, String productName, String producerName,
                               String producerAddress, int stars, String number, String decisionNumber, LocalDate decisionDate,
                               LocalDate validUntil, String place, List<String> signature, String signer, String verificationUrl) {
        this(issuingBody, programmeYear, productName, producerName, producerAddress, stars, number, decisionNumber, decisionDate,
                validUntil, place, signature, signer, verificationUrl, null);
    }

    public CertificateDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(decisionDate, "decisionDate");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars: " + stars);
        }
        signature = List.copyOf(signature);
    }
}
