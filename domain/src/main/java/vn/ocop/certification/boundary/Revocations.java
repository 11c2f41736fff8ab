package vn.ocop.certification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.control.Numbers;
import vn.ocop.certification.control.Wording;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.certification.entity.Decision;
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.certification.entity.DecisionProduct;
import vn.ocop.certification.entity.DecisionText;
import vn.ocop.certification.entity.Inspection;
import vn.ocop.certification.entity.RevocationGround;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Roles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Revocation decisions: the office drafts a decision revoking certificates of an issued recognition decision, for its
 * grounds chosen from the list and, where an inspection proposed it, citing the inspection. The draft is then edited,
 * approved and issued as any decision ({@link Decisions}, {@link DecisionIssuing}); issuing it revokes the certificates.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
public class Revocations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    IssuingBodies bodies;

    private DecisionAccess access;

    @PostConstruct
    void prepare() {
        access = new DecisionAccess(em, acting);
    }

    /**
     * Drafts a decision revoking certificates of an issued recognition decision, for its grounds chosen from the list
     * ({@link RevocationGround}; at least one) and the office's explanation (required with OTHER).
     */
    @RolesAllowed(Roles.OFFICER)
    public DecisionDetails draftRevocation(long recognitionId, List<String> certificateNumbers, List<RevocationGround> grounds,
                                           String explanation) {
        return draftRevocation(recognitionId, certificateNumbers, grounds, explanation, null);
    }

    /**
     * Drafts a revocation as above; with an inspection that proposed it (its one certificate revoked, the ground
     * {@link RevocationGround#INSPECTION_FINDINGS} among the grounds), the decision cites the inspection in its grounds
     * and its legal bases.
     */
    @RolesAllowed(Roles.OFFICER)
    public DecisionDetails draftRevocation(long recognitionId, List<String> certificateNumbers, List<RevocationGround> grounds,
                                           String explanation, Long inspectionId) {
        Decision recognition = access.find(recognitionId);
        Inspection inspection = inspectionId == null ? null : em.find(Inspection.class, inspectionId);
        if (inspectionId != null && inspection == null) {
            throw BusinessException.onField("inspection", "error.notFound");
        }
        if (inspection != null && (certificateNumbers == null || certificateNumbers.size() != 1)) {
            throw BusinessException.onField("certificates", "certification.inspection.oneCertificate", inspection.getCertificate().getNumber());
        }
        String reason = RevocationGround.reason(grounds, explanation,
                inspection == null ? null : inspection.citationFor(inspection.getCertificate()));
        if (certificateNumbers == null || certificateNumbers.isEmpty()) {
            throw BusinessException.onField("certificates", "certification.revocation.noCertificates");
        }
        List<Certificate> certificates = new ArrayList<>();
        for (String typed : new LinkedHashSet<>(certificateNumbers)) {
            Certificate certificate = em.createNamedQuery(Certificate.BY_NUMBER, Certificate.class)
                    .setParameter("number", Numbers.canonicalCertificate(typed)).getResultStream().findFirst()
                    .filter(c -> c.getDecision().getId().equals(recognition.getId()))
                    .orElseThrow(() -> BusinessException.onField("certificates", "certification.revocation.unknownCertificate", typed));
            if (certificate.getStatus() == CertificateStatus.REVOKED) {
                throw BusinessException.onField("certificates", "certification.certificate.alreadyRevoked", certificate.getNumber());
            }
            certificates.add(certificate);
        }
        String regime = recognition.getRound() == null ? "148" : recognition.getRound().getRegime().getCode();
        IssuingBody body = bodies.actingFor(recognition.getBodyCode(), acting.today());
        DecisionText text = Wording.revocation(access.template(regime), body.lines(), recognition.getIssuer(), recognition.getNumber(),
                recognition.getSignedOn(), recognition.text().summary(), certificates.size(), reason);
        Decision decision = inspection == null
                ? Decision.revocation(recognition, body, grounds, explanation, text, acting.now(), acting.caller().username())
                : Decision.revocation(recognition, body, grounds, explanation, inspection, certificates.get(0),
                        Wording.citing(text, inspection.citationFor(certificates.get(0))), acting.now(), acting.caller().username());
        for (Certificate c : certificates) {
            DecisionProduct original = recognition.getProducts().stream().filter(p -> p.getProductId().equals(c.getProductId()))
                    .findFirst().orElseThrow();
            decision.add(new DecisionProduct.Line(c.getProduct(), c.getCommuneId(), c.getId(),
                    c.getSnapshot().getProductName(), c.getSnapshot().getProducerName(), c.getSnapshot().getAddress(),
                    original.getProductSet(), original.getScore(), c.getStars(), "GCN số " + c.getNumber()));
        }
        em.persist(decision);
        em.flush();
        acting.audit("DECISION_DRAFTED", decision, null, decision.getGrounds());
        return access.details(decision);
    }
}
