package vn.ocop.statistics.boundary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One district certificate as the flat export gives it. The column names are a contract: never rename or reorder
 * them; add new ones at the end.
 *
 * @param status today's state: VALID, EXPIRING (30 days or less left), EXPIRED or REVOKED
 */
public record ExportedCertificate(String certificateNumber, String decisionNumber, LocalDate signedOn, long productId,
                                  String productName, String producerName, String communeCode, int stars,
                                  LocalDate validFrom, LocalDate validUntil, String status) {

    public static final List<String> COLUMNS = List.of("certificate_number", "decision_number", "signed_on", "product_id",
            "product_name", "producer_name", "commune_code", "stars", "valid_from", "valid_until", "status");

    /** The values in the order of {@link #COLUMNS}. */
    public List<Object> values() {
        return Arrays.asList(certificateNumber, decisionNumber, signedOn, productId, productName, producerName, communeCode,
                stars, validFrom, validUntil, status);
    }
}
