package vn.ocop.certification.boundary;

import jakarta.persistence.EntityManager;
import vn.ocop.certification.control.Numbers;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.ExpiryNotice;
import vn.ocop.certification.entity.NoticeSent;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.shared.control.Records;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate as the boundaries of the register and of expiry notices reach it: found by its number within the
 * caller's scope (or not found), and the day each certificate's first expiry notice was sent. Used inside their
 * transactions, with their entity manager (a plain object, not a bean: WildFly's CDI does not inject a persistence
 * context into a package-private helper of an EJB module).
 */
final class CertificateAccess {

    private final EntityManager em;
    private final Acting acting;

    CertificateAccess(EntityManager em, Acting acting) {
        this.em = em;
        this.acting = acting;
    }

    Certificate visible(String number) {
        Certificate certificate = em.createNamedQuery(Certificate.BY_NUMBER, Certificate.class)
                .setParameter("number", Numbers.canonicalCertificate(number)).getResultStream().findFirst()
                .orElseThrow(Records::notFound);
        if (!acting.caller().reaches(certificate.getCommuneId())) {
            throw Records.notFound();
        }
        return certificate;
    }

    /** Certificate id → the day its first notice was sent, for the certificates that have one. */
    Map<Long, LocalDate> noticed(List<Certificate> certificates) {
        if (certificates.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> noticed = new HashMap<>();
        em.createNamedQuery(ExpiryNotice.SENT_FOR, NoticeSent.class)
                .setParameter("ids", certificates.stream().map(Certificate::getId).toList()).getResultList()
                .forEach(n -> noticed.merge(n.certificateId(), n.sentOn(), (a, b) -> a.isBefore(b) ? a : b));
        return noticed;
    }
}
