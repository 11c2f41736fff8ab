package vn.ocop.reports;

import static vn.ocop.reports.Styled.VIETNAMESE;
import static vn.ocop.reports.Styled.encoded;
import static vn.ocop.reports.Styled.longDate;
import static vn.ocop.reports.Styled.placeAndDate;
import static vn.ocop.reports.Styled.shortDate;
import static vn.ocop.reports.Styled.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A product's OCOP certificate, A4 landscape: the issuing body, the product and its producer, the class (stars, or the
 * level of a district-level recognition), the decision, the validity, the signature and the QR code to verify it.
 */
final class CertificateLayout {

    private CertificateLayout() {
    }

    static Layout of(CertificateDocument c) {
        return new Layout("certificate", Map.of(), List.of(fields(c)));
    }

    /** Certificates filled as one report, a row each: the template's one band fills a page, so each is a page. */
    static Layout of(List<CertificateDocument> certificates) {
        return new Layout("certificate", Map.of(), certificates.stream().map(CertificateLayout::fields).toList());
    }

    private static Map<String, Object> fields(CertificateDocument c) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("issuingBody", text(c.issuingBody()));
        fields.put("programme", "Chương trình Mỗi xã một sản phẩm (OCOP) năm " + c.programmeYear());
        fields.put("productName", text(c.productName()));
        fields.put("producerName", "Chủ thể: <style isBold=\"true\">" + encoded(text(c.producerName())) + "</style>");
        fields.put("producerAddress", text(c.producerAddress()).isBlank() ? null : "Địa chỉ: " + c.producerAddress());
        boolean ownLevel = c.level() != null;
        fields.put("classLabel", ownLevel ? "Đạt" : "Đạt hạng");
        fields.put("stars", ownLevel ? c.level().toUpperCase(VIETNAMESE) : "\u2605".repeat(c.stars()));
        fields.put("starsText", ownLevel ? "Hạng sao do cấp có thẩm quyền đánh giá, công nhận"
                : "Sản phẩm OCOP " + c.stars() + " sao");
        fields.put("number", c.number());
        fields.put("decision", "Quyết định số " + text(c.decisionNumber()) + ", " + longDate(c.decisionDate()));
        fields.put("validity", "Có giá trị đến hết ngày " + shortDate(c.validUntil()));
        fields.put("placeAndDate", placeAndDate(c.place(), c.decisionDate()));
        fields.put("signature", String.join("\n", c.signature()));
        fields.put("signer", c.signer());
        fields.put("verificationUrl", c.verificationUrl());
        fields.put("qr", QrCode.of(c.verificationUrl()));
        return fields;
    }
}
