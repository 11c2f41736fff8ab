package vn.ocop.certification.boundary;

import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.CertificateStatus;

import java.time.LocalDate;

/** A certificate in a list: as printed, its state on the day asked, its decision, whether an expiry notice was sent. */
public record CertificateView(long id, String number, long productId, String product, String producer, String address,
                              Long communeId, int stars, LocalDate validFrom, LocalDate validUntil, CertificateStatus status,
                              long decisionId, String decisionNumber, boolean noticeSent) {

    static CertificateView of(Certificate c, LocalDate today, boolean noticeSent) {
        return new CertificateView(c.getId(), c.getNumber(), c.getProductId(), c.getProductName(), c.getProducerName(),
                c.getAddress(), c.getCommuneId(), c.getStars(), c.getValidFrom(), c.getValidUntil(), c.statusOn(today),
                c.getDecision().getId(), c.getDecision().getNumber(), noticeSent);
    }
}
