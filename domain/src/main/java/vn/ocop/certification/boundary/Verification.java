package vn.ocop.certification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.control.Numbers;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.Decision;
import vn.ocop.certification.entity.ReceivedProduct;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.shared.boundary.ReadCache;
import vn.ocop.shared.control.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The public verification of an OCOP certificate, which anyone may call and which shows only the certificate, the
 * product, its producer, the class and the validity (and, for a certificate that confers no class, the class a higher
 * level's decision gave the product since).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN, Roles.COMMUNE})
public class Verification {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReadCache reads;

    /**
     * The public verification by number: the certificate's state today (from its dates; revoked wins), the product,
     * producer, class and validity; empty for a number that is not a certificate's (or not even shaped like one).
     * Kept a few seconds per number and day ({@link ReadCache}: a revocation or any change committed here drops it).
     */
    @PermitAll
    public Optional<VerifiedCertificate> verify(String number) {
        String canonical = Numbers.canonicalCertificate(number);
        if (canonical == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        return Optional.ofNullable(reads.get("verified", List.of(canonical, today), () -> em.createNamedQuery(Certificate.BY_NUMBER,
                Certificate.class).setParameter("number", canonical).getResultStream().findFirst().map(c -> verified(c, today))
                .orElse(null)));
    }

    private VerifiedCertificate verified(Certificate c, LocalDate today) {
        Decision revocation = c.getRevokedBy();
        return new VerifiedCertificate(c.getNumber(), c.statusOn(today), c.getSnapshot().getProductName(), c.getSnapshot().getProducerName(), c.getStars(),
                c.getValidFrom(), c.getValidUntil(), c.getDecision().getIssuer().shortName(),
                c.getDecision().getNumber(), c.getRevokedOn(), c.getDecision().getSignedOn(),
                revocation == null ? null : revocation.getNumber(), c.getSupersededByNumber(), c.getSupersededOn(),
                c.confersClass() ? null : em.find(IssuingBody.class, c.getDecision().getBodyCode()).getLevel().name(),
                c.confersClass() || c.getProductId() == null ? null : classFromAbove(c.getProductId(), c.getValidFrom()));
    }

    /** The latest class a higher level's decision recorded as received gave the product since that day, if any. */
    private VerifiedCertificate.ClassFromAbove classFromAbove(long productId, LocalDate since) {
        return em.createQuery("SELECT r FROM ReceivedProduct r WHERE r.product.id = :product AND r.decision.signedOn >= :since"
                        + " ORDER BY r.decision.signedOn DESC", ReceivedProduct.class).setParameter("product", productId)
                .setParameter("since", since).setMaxResults(1).getResultStream().findFirst()
                .map(r -> new VerifiedCertificate.ClassFromAbove(r.getStars(), r.getDecision().getNumber(), r.getDecision().getSignedOn(),
                        r.getDecision().getBody())).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
