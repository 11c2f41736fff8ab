package vn.ocop.certification.boundary;

import java.io.Serializable;

import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.DecisionProduct;
import vn.ocop.certification.entity.DecisionText;
import vn.ocop.certification.entity.ProductSnapshot;
import vn.ocop.certification.entity.RevocationGround;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A decision on its page: the summary, the wording (to edit while it is a draft), the products of its annex, who
 * drafted, approved and issued it and when, the SHA-256 of the issued PDF, and its certificates once issued.
 */
public record DecisionDetails(DecisionView decision, DecisionText text, String grounds, List<Line> products,
                              String draftedBy, LocalDateTime draftedAt, String approvedBy, LocalDateTime approvedAt,
                              String issuedBy, LocalDateTime issuedAt, String sha256, List<CertificateView> certificates,
                              String sentBackReason, String sentBackBy, LocalDateTime sentBackAt,
                              List<RevocationGround> groundCodes) implements Serializable {

    /** A product of the annex. */
    public record Line(int position, long productId, String product, String producer, String address, String productSet,
                       BigDecimal score, int stars, String note) implements Serializable {

        static Line of(DecisionProduct p) {
            ProductSnapshot printed = p.getSnapshot();
            return new Line(p.getPosition(), p.getProductId(), printed.getProductName(), printed.getProducerName(), printed.getAddress(),
                    p.getProductSet(), p.getScore(), p.getStars(), p.getNote());
        }
    }

    static DecisionDetails of(Decision d, List<CertificateView> certificates) {
        return new DecisionDetails(DecisionView.of(d), d.text(), d.getGrounds(), d.getProducts().stream().map(Line::of).toList(),
                d.getTrail().getDraftedBy(), d.getTrail().getDraftedAt(), d.getTrail().getApprovedBy(), d.getTrail().getApprovedAt(),
                d.getTrail().getIssuedBy(), d.getTrail().getIssuedAt(),
                d.getPdf() == null ? null : d.getPdf().getSha256(), certificates,
                d.getTrail().getSentBackReason(), d.getTrail().getSentBackBy(), d.getTrail().getSentBackAt(), d.getGroundCodes());
    }
}
