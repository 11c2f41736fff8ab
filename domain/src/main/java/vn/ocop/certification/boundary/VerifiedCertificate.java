package vn.ocop.certification.boundary;

import vn.ocop.certification.entity.CertificateStatus;

import java.time.LocalDate;

/**
 * What the public verification shows of a certificate: its number and state, the product, its producer, the class,
 * the validity and who issued it under which decision. Nothing else about people.
 */
public record VerifiedCertificate(String number, CertificateStatus status, String product, String producer, int stars,
                                  LocalDate validFrom, LocalDate validUntil, String issuer, String decisionNumber,
                                  LocalDate revokedOn) {
}
