package vn.ocop.certification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.control.Supersession;
import vn.ocop.certification.control.Counters;
import vn.ocop.certification.control.DecisionNumbers;
import vn.ocop.certification.control.RegisterNumbers;
import vn.ocop.geography.entity.Numbering;
import vn.ocop.certification.control.Numbers;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.Decision;
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.certification.entity.DecisionKind;
import vn.ocop.certification.entity.DecisionProduct;
import vn.ocop.certification.entity.DecisionStatus;
import vn.ocop.certification.entity.NumberCounter;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.reports.Documents;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.Sha256;

import java.time.LocalDate;
import java.util.List;

/**
 * Issuing the People's Committee's approved decisions: the number and signing date are given in the issuing
 * transaction: the counter of the body and year is locked, the number taken, and the certificates of its products
 * numbered, all in one commit or not at all; a revocation revokes its certificates when issued. The decision's PDF
 * (frozen with its SHA-256) and the certificates' are printed just after that commit ({@link IssuePrinting}), so the
 * counters are held for the numbering only; asked for before, they are printed at once.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
public class DecisionIssuing {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    Supersession supersession;

    @Inject
    Documents documents;

    @Inject
    Counters counters;

    @Inject
    Prints prints;

    @Inject
    IssuingBodies bodies;

    @Inject
    DecisionNumbers numbers;

    @Inject
    IssuePrinting printing;

    @Inject
    jakarta.enterprise.event.Event<DecisionIssued> issued;

    private DecisionAccess access;

    @PostConstruct
    void prepare() {
        access = new DecisionAccess(em, acting);
    }

    /**
     * Issues an approved decision signed on {@code signedOn} (not in the future, not before the round ended, not before
     * the last decision the body issued that year, so numbers and dates go together). In this one transaction: the
     * body's counter of the year is locked and the next number taken, and for a recognition its products'
     * certificates numbered and stored; for a revocation its certificates revoked. A failure anywhere gives the numbers
     * back. Once it has committed, the decision's PDF and its certificates' are printed and frozen in the background
     * ({@link IssuePrinting}); one asked for before is printed at once.
     */
    @RolesAllowed(Roles.OFFICER)
    public DecisionDetails issue(long id, long version, LocalDate signedOn) {
        return issue(id, version, signedOn, null);
    }

    /**
     * Issues as {@link #issue(long, long, LocalDate)}; a body numbered by its register ({@link Numbering#REGISTER}) takes
     * the register's {@code number} as typed ({@link DecisionNumbers}), one out of order with the body's decisions of the
     * year is issued all the same ({@link DecisionNumbering#numberOrder} warns of it).
     */
    @RolesAllowed(Roles.OFFICER)
    public DecisionDetails issue(long id, long version, LocalDate signedOn, String number) {
        if (access.find(id).getStatus() == DecisionStatus.ISSUED) {
            // issued once, whatever version is sent (the printing after the issue records the batch)
            throw new BusinessException("certification.decision.frozen");
        }
        Decision decision = access.current(id, version);
        if (decision.getStatus() != DecisionStatus.APPROVED) {
            throw new BusinessException(decision.getStatus() == DecisionStatus.ISSUED ? "certification.decision.frozen"
                    : "certification.decision.notApproved");
        }
        LocalDate today = acting.today();
        checkSigningDate(decision, signedOn, today);
        IssuingBody issuer = bodies.find(decision.getBodyCode());
        issuer.requireInOfficeOn(signedOn);
        String before = decision.auditState();
        String username = acting.caller().username();

        RegisterNumbers.Typed taken = numbers.take(decision, issuer.getNumbering(), signedOn, number);
        decision.issue(taken.sequence(), taken.number(), signedOn, acting.now(), username);
        if (decision.getKind() == DecisionKind.RECOGNITION) {
            certify(decision, today);
            supersession.byDecision(decision);
        } else {
            revoke(decision);
        }
        Records.flush(em);
        acting.audit("DECISION_ISSUED", decision, before, null);
        issued.fire(new DecisionIssued(decision.getId()));
        return access.details(decision);
    }

    private void checkSigningDate(Decision decision, LocalDate signedOn, LocalDate today) {
        if (signedOn == null) {
            throw BusinessException.onField("signedOn", "error.required");
        }
        if (signedOn.isAfter(today)) {
            throw BusinessException.onField("signedOn", "certification.date.future");
        }
        LocalDate earliest = decision.getKind() == DecisionKind.RECOGNITION ? decision.getRound().getEndsOn()
                : decision.getRefersTo().getSignedOn();
        if (signedOn.isBefore(earliest)) {
            throw BusinessException.onField("signedOn", "certification.issue.tooEarly", DAY.format(earliest));
        }
    }

    /**
     * The certificates of an issued recognition decision: numbered from the body's counter of the year and stored in
     * the issuing transaction; their prints are made and frozen once it has committed ({@link IssuePrinting}), so
     * the counter is held for the numbering only.
     */
    private void certify(Decision decision, LocalDate today) {
        List<DecisionProduct> products = decision.getProducts();
        NumberCounter counter = counters.locked(Numbers.certificateCounter(decision.getBodyCode(), decision.getSignedOn().getYear()));
        int first = counter.take(products.size());
        for (int i = 0; i < products.size(); i++) {
            String number = Numbers.certificate(decision.getBodyCode(), decision.getSignedOn().getYear(), first + i);
            em.persist(new Certificate(number, decision, products.get(i), today, null));
        }
    }

    private void revoke(Decision decision) {
        for (DecisionProduct line : decision.getProducts()) {
            Certificate certificate = em.find(Certificate.class, line.getCertificateId(), LockModeType.PESSIMISTIC_WRITE);
            String before = certificate.auditState();
            certificate.revoke(decision);
            em.flush();
            acting.audit("CERTIFICATE_REVOKED", certificate, before, decision.getGrounds());
        }
    }

    /**
     * The decision as a PDF: the issued bytes, exactly as issued (printed now when asked for before the printing after
     * the issue is done); before that, the draft as it stands (marked as a draft, without number and date).
     */
    public IssuedPdf pdf(long id) {
        Decision decision = access.find(id);
        if (decision.awaitsPrint()) {
            printing.printDecision(id);
            em.refresh(decision);
        }
        if (decision.getStatus() == DecisionStatus.ISSUED) {
            return new IssuedPdf(fileName(decision), decision.getPdf().verifiedContent(), decision.getPdf().getSha256());
        }
        byte[] draft = documents.pdf(prints.decision(decision, null, null));
        return new IssuedPdf("du-thao-quyet-dinh-" + decision.getId() + ".pdf", draft, Sha256.hex(draft));
    }

    /**
     * All the certificates of an issued recognition decision as one PDF, as printed after it was issued (printed now when
     * asked for before the printing after the issue is done).
     */
    public IssuedPdf certificatesPdf(long id) {
        Decision decision = access.find(id);
        if (decision.getCertificatesPdf() == null && decision.getStatus() == DecisionStatus.ISSUED
                && decision.getKind() == DecisionKind.RECOGNITION) {
            printing.printCertificates(id);
            em.refresh(decision);
        }
        if (decision.getCertificatesPdf() == null) {
            throw Records.notFound();
        }
        return new IssuedPdf("giay-chung-nhan-qd-" + decision.getSequence() + "-" + decision.getNumberYear() + ".pdf",
                decision.getCertificatesPdf().verifiedContent(), decision.getCertificatesPdf().getSha256());
    }

    private static String fileName(Decision d) {
        return "quyet-dinh-" + d.getSequence() + "-" + d.getNumberYear() + ".pdf";
    }
}
