package vn.ocop.certification.boundary;

import vn.ocop.certification.entity.CertificateStatus;

import java.time.LocalDate;

/**
 * What the public verification shows of a certificate: its number and state, the product, its producer, the class,
 * the validity, who issued it under which decision (number and signing date), the revocation decision (number and
 * date) where there is one, and the later certificate (or higher level's decision) of the same product that replaced it, if any. Nothing else
 * about people. A certificate of a recognition at the issuing body's own level (Đan Phượng's 2019 practice) confers no
 * class: {@code level} names that level (the body's level, e.g. "DISTRICT") and {@code classFromAbove} is the class the higher level's
 * decision recorded as received gave the product, if any.
 */
public record VerifiedCertificate(String number, CertificateStatus status, String product, String producer, int stars,
                                  LocalDate validFrom, LocalDate validUntil, String issuer, String decisionNumber,
                                  LocalDate revokedOn, LocalDate decisionSignedOn, String revocationNumber,
                                  String supersededBy, LocalDate supersededOn, String level, ClassFromAbove classFromAbove) {

    /** The class a higher level's decision (recorded as received) gave the product: its stars and the decision. */
    public record ClassFromAbove(int stars, String number, LocalDate signedOn, String body) {
    }

    /** A certificate that confers its class. */
    public VerifiedCertificate(String number, CertificateStatus status, String product, String producer, int stars,
                               LocalDate validFrom, LocalDate validUntil, String issuer, String decisionNumber, LocalDate revokedOn,
                               LocalDate decisionSignedOn, String revocationNumber, String supersededBy, LocalDate supersededOn) {
        this(number, status, product, producer, stars, validFrom, validUntil, issuer, decisionNumber, revokedOn, decisionSignedOn,
                revocationNumber, supersededBy, supersededOn, null, null);
    }

    /** Whether the certificate confers its star class (false: a recognition at the issuing body's own level). */
    public boolean confersClass() {
        return level == null;
    }

    /**
     * Replaced while still in force by a later recognition of the same product (a re-evaluation or an upgrade, whether
     * the class rose or fell), as stored when the later one was issued or recorded: {@code supersededBy} is the later
     * certificate's number or the higher level's decision's, {@code supersededOn} its signing day.
     */
    public boolean superseded() {
        return status == CertificateStatus.SUPERSEDED;
    }

    /** Whether a certificate of the portal replaced it (false: a higher level's decision recorded as received did). */
    public boolean supersededByCertificate() {
        return superseded() && vn.ocop.certification.control.Numbers.canonicalCertificate(supersededBy) != null;
    }

    /** What the page shows in large: the state, or SUPERSEDED where a later certificate replaced this one. */
    public String outcome() {
        return superseded() ? "SUPERSEDED" : status.name();
    }

    /** True only when the certificate holds today (valid or expiring) and nothing replaced it. */
    public boolean holds() {
        return !superseded() && (status == CertificateStatus.VALID || status == CertificateStatus.EXPIRING);
    }
}
