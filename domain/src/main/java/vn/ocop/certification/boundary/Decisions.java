package vn.ocop.certification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import vn.ocop.certification.control.Supersession;
import vn.ocop.certification.control.Counters;
import vn.ocop.certification.control.DecisionNumbers;
import vn.ocop.certification.control.RegisterNumbers;
import vn.ocop.geography.entity.Numbering;
import vn.ocop.certification.control.Issuers;
import vn.ocop.certification.control.NoticeRule;
import vn.ocop.certification.control.Numbers;
import vn.ocop.certification.control.Wording;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.CertificateStatus;
import vn.ocop.certification.entity.Decision;
import vn.ocop.geography.boundary.IssuingBodies;
import vn.ocop.geography.control.DeploymentBody;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.certification.entity.DecisionKind;
import vn.ocop.certification.entity.DecisionProduct;
import vn.ocop.certification.entity.DecisionStatus;
import vn.ocop.certification.entity.DecisionTemplate;
import vn.ocop.certification.entity.DecisionText;
import vn.ocop.shared.entity.IssuedFile;
import vn.ocop.certification.entity.NumberCounter;
import vn.ocop.certification.entity.Inspection;
import vn.ocop.certification.entity.RevocationGround;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.identity.boundary.Users;
import vn.ocop.rating.control.Conclusion;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.rating.entity.RoundProduct;
import vn.ocop.rating.entity.RoundStatus;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.Product;
import vn.ocop.reports.Documents;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.ConcurrentChangeException;
import vn.ocop.shared.control.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The People's Committee's decisions: a recognition decision drafted by the office from a concluded
 * district round (its products that the council concluded to recognise, with their frozen results), edited, shown as
 * a PDF at any time, approved by a leader and issued by the office, which gives it its number and signing date in
 * the issuing transaction: the counter of the body and year is locked, the number taken, and the certificates of its
 * products numbered, all in one commit or not at all. The decision's PDF (frozen with its SHA-256) and the
 * certificates' are printed just after that commit ({@link IssuePrinting}), so the counters are held for the numbering
 * only. A revocation decision (of certificates of an issued decision, with its grounds) goes the same way and revokes
 * them when issued. Leaders and administrators read everything.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.LEADER, Roles.ADMIN})
public class Decisions {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<Conclusion> RECOGNISED = EnumSet.of(Conclusion.RECOGNISE, Conclusion.RECOGNISE_AND_FORWARD);

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    @Inject
    AuditTrail audit;

    @Inject
    Supersession supersession;

    @Inject
    Clock clock;

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

    /** The concluded district rounds with products to recognise, the latest first, and the decision drafted from each. */
    public List<RoundToRecognise> rounds() {
        List<RoundToRecognise> rounds = new ArrayList<>();
        for (EvaluationRound round : em.createNamedQuery(EvaluationRound.ALL, EvaluationRound.class).getResultList()) {
            if (round.getStatus() != RoundStatus.CONCLUDED || recognising(round).isEmpty()) {
                continue;
            }
            long recognised = round.getProducts().stream().filter(p -> RECOGNISED.contains(p.getConclusion())).count();
            if (recognised > 0) {
                Long decision = recognitionOf(round).map(Decision::getId).orElse(null);
                rounds.add(new RoundToRecognise(round.getId(), round.getTitle(), round.getYear(), round.getEndsOn(), recognised,
                        decision));
            }
        }
        return rounds;
    }

    /**
     * Drafts the recognition decision of a concluded round, by the body that recognises its level's products under its
     * regime ({@link Issuers#recognising}), which must recognise every class of it: the products the council concluded to
     * recognise, with the class the council found (its frozen result), grouped by class; the wording from the
     * template of the round's regime. One recognition decision per round.
     */
    @RolesAllowed(Roles.OFFICER)
    public DecisionDetails draft(long roundId) {
        EvaluationRound round = em.find(EvaluationRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        if (round == null) {
            throw new BusinessException("error.notFound");
        }
        if (round.getStatus() != RoundStatus.CONCLUDED) {
            throw new BusinessException("certification.draft.roundNotConcluded");
        }
        IssuingBody body = recognising(round)
                .orElseThrow(() -> new BusinessException("certification.draft.noIssuingBody"));
        if (recognitionOf(round).isPresent()) {
            throw new BusinessException("certification.draft.exists");
        }
        List<RoundProduct> recognised = em.createNamedQuery(RoundProduct.OF_ROUND, RoundProduct.class).setParameter("round", round)
                .getResultList().stream().filter(p -> RECOGNISED.contains(p.getConclusion()) && p.getStars() != null).toList();
        if (recognised.isEmpty()) {
            throw new BusinessException("certification.draft.nothingRecognised");
        }
        TreeMap<Integer, Long> classes = new TreeMap<>();
        Set<Long> producers = new LinkedHashSet<>();
        recognised.forEach(p -> {
            classes.merge(p.getStars(), 1L, Long::sum);
            producers.add(p.getProduct().getProducer().getId());
        });
        body.requireMayRecognise(round.getRegime().getCode(), classes.keySet(), round.getEndsOn());
        DecisionText text = body.confersClass(round.getRegime().getCode())
                ? Wording.recognition(template(round.getRegime().getCode()), body.lines(), round.getYear(), producers.size(), classes)
                : Wording.localRecognition(template(round.getRegime().getCode()), body.lines(), round.getYear(), producers.size(),
                        classes, proposedTo(body, round.getRegime().getCode()));
        Decision decision = Decision.recognition(round, body, text, now(), users.me().username());
        recognised.stream().sorted((a, b) -> Integer.compare(b.getStars(), a.getStars()))
                .forEach(p -> decision.add(line(p.getProduct(), null, p.getMean(), p.getStars(),
                        Wording.note(p.getProduct().getRegistrationType()))));
        em.persist(decision);
        em.flush();
        audit.change("DECISION_DRAFTED", decision, null, null);
        return details(decision);
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
        Decision recognition = find(recognitionId);
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
        IssuingBody body = bodies.actingFor(recognition.getBodyCode(), LocalDate.now(clock));
        DecisionText text = Wording.revocation(template(regime), body.lines(), recognition.getIssuer(), recognition.getNumber(),
                recognition.getSignedOn(), recognition.getSummary(), certificates.size(), reason);
        Decision decision = inspection == null
                ? Decision.revocation(recognition, body, grounds, explanation, text, now(), users.me().username())
                : Decision.revocation(recognition, body, grounds, explanation, inspection, certificates.get(0),
                        Wording.citing(text, inspection.citationFor(certificates.get(0))), now(), users.me().username());
        for (Certificate c : certificates) {
            DecisionProduct original = recognition.getProducts().stream().filter(p -> p.getProductId().equals(c.getProductId()))
                    .findFirst().orElseThrow();
            decision.add(new DecisionProduct.Line(c.getProduct(), c.getCommuneId(), c.getId(), c.getProductName(), c.getProducerName(),
                    c.getAddress(), original.getProductSet(), original.getScore(), c.getStars(), "GCN số " + c.getNumber()));
        }
        em.persist(decision);
        em.flush();
        audit.change("DECISION_DRAFTED", decision, null, decision.getGrounds());
        return details(decision);
    }

    /** The body a recognition at the body's own level proposes the classes to (the City for the former district). */
    private String proposedTo(IssuingBody body, String regime) {
        return body.role(regime).map(r -> r.getForwardsTo()).filter(code -> !vn.ocop.geography.entity.BodyRole.CENTRAL.equals(code))
                .map(code -> bodies.find(code).getShortName()).orElse("cấp có thẩm quyền");
    }

    /** The body that recognises the products of the round ({@link Issuers#recognising}). */
    private Optional<IssuingBody> recognising(EvaluationRound round) {
        return Issuers.recognising(bodies.all(), round.getLevel(), round.getRegime().getCode(), round.getEndsOn(),
                DeploymentBody.code());
    }

    /** Changes the wording of a draft read at {@code version}. */
    @RolesAllowed(Roles.OFFICER)
    public DecisionDetails edit(long id, long version, DecisionText text) {
        Decision decision = current(id, version);
        String before = decision.auditState();
        decision.edit(text);
        flush();
        audit.change("DECISION_EDITED", decision, before, null);
        return details(decision);
    }

    /** Throws a draft away (e.g. to draft it again from the round). */
    @RolesAllowed(Roles.OFFICER)
    public void discard(long id, long version) {
        Decision decision = current(id, version);
        decision.requireDraft();
        audit.change("DECISION_DISCARDED", decision, decision.auditState(), null);
        em.remove(decision);
        flush();
    }

    /** A leader approves the draft as it stands (it names its signer). */
    @RolesAllowed(Roles.LEADER)
    public DecisionDetails approve(long id, long version) {
        Decision decision = current(id, version);
        String before = decision.auditState();
        decision.approve(now(), users.me().username());
        flush();
        audit.change("DECISION_APPROVED", decision, before, null);
        return details(decision);
    }

    /** The leader sends a draft or approved decision back to the office with the reason, which the office then sees. */
    @RolesAllowed(Roles.LEADER)
    public DecisionDetails sendBack(long id, long version, String reason) {
        Decision decision = current(id, version);
        String before = decision.auditState();
        decision.sendBack(reason, now(), users.me().username());
        flush();
        audit.change("DECISION_SENT_BACK", decision, before, reason);
        return details(decision);
    }

    /** Sends an approved decision back to the office to be changed (the approval no longer holds). */
    @RolesAllowed({Roles.LEADER, Roles.OFFICER})
    public DecisionDetails reopen(long id, long version, String reason) {
        Decision decision = current(id, version);
        String before = decision.auditState();
        decision.reopen();
        flush();
        audit.change("DECISION_REOPENED", decision, before, reason);
        return details(decision);
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
        if (find(id).getStatus() == DecisionStatus.ISSUED) {
            // issued once, whatever version is sent (the printing after the issue records the batch)
            throw new BusinessException("certification.decision.frozen");
        }
        Decision decision = current(id, version);
        if (decision.getStatus() != DecisionStatus.APPROVED) {
            throw new BusinessException(decision.getStatus() == DecisionStatus.ISSUED ? "certification.decision.frozen"
                    : "certification.decision.notApproved");
        }
        LocalDate today = LocalDate.now(clock);
        checkSigningDate(decision, signedOn, today);
        IssuingBody issuer = bodies.find(decision.getBodyCode());
        issuer.requireInOfficeOn(signedOn);
        String before = decision.auditState();
        String username = users.me().username();

        RegisterNumbers.Typed taken = numbers.take(decision, issuer.getNumbering(), signedOn, number);
        decision.issue(taken.sequence(), taken.number(), signedOn, now(), username);
        if (decision.getKind() == DecisionKind.RECOGNITION) {
            certify(decision, today);
            supersession.byDecision(decision);
        } else {
            revoke(decision);
        }
        flush();
        audit.change("DECISION_ISSUED", decision, before, null);
        issued.fire(new DecisionIssued(decision.getId()));
        return details(decision);
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
            audit.change("CERTIFICATE_REVOKED", certificate, before, decision.getGrounds());
        }
    }

    /** The decisions, the latest first: drafts on top, then by number. */
    public Page<DecisionView> list(int first, int size) {
        List<Decision> page = em.createQuery("SELECT d FROM Decision d ORDER BY d.status, d.signedOn DESC, d.sequence DESC,"
                + " d.id DESC", Decision.class).setFirstResult(first).setMaxResults(size).getResultList();
        Map<Long, Long> counts = page.isEmpty() ? Map.of() : em.createQuery("SELECT NEW vn.ocop.certification.boundary.DecisionSize("
                        + "p.decision.id, COUNT(p)) FROM DecisionProduct p WHERE p.decision IN :page GROUP BY p.decision.id", DecisionSize.class)
                .setParameter("page", page).getResultStream().collect(Collectors.toMap(DecisionSize::decision, DecisionSize::products));
        List<DecisionView> items = page.stream()
                .map(d -> DecisionView.of(d, counts.getOrDefault(d.getId(), 0L).intValue())).toList();
        long total = em.createQuery("SELECT COUNT(d) FROM Decision d", Long.class).getSingleResult();
        return new Page<>(items, total);
    }

    public DecisionDetails decision(long id) {
        return details(find(id));
    }

    /**
     * The decision as a PDF: the issued bytes, exactly as issued (printed now when asked for before the printing after
     * the issue is done); before that, the draft as it stands (marked as a draft, without number and date).
     */
    public IssuedPdf pdf(long id) {
        Decision decision = find(id);
        if (decision.awaitsPrint()) {
            printing.printDecision(id);
            em.refresh(decision);
        }
        if (decision.getStatus() == DecisionStatus.ISSUED) {
            return new IssuedPdf(fileName(decision), decision.getPdf().verifiedContent(), decision.getPdf().getSha256());
        }
        byte[] draft = documents.pdf(prints.decision(decision, null, null));
        return new IssuedPdf("du-thao-quyet-dinh-" + decision.getId() + ".pdf", draft, IssuedFile.sha256(draft));
    }

    /**
     * All the certificates of an issued recognition decision as one PDF, as printed after it was issued (printed now when
     * asked for before the printing after the issue is done).
     */
    public IssuedPdf certificatesPdf(long id) {
        Decision decision = find(id);
        if (decision.getCertificatesPdf() == null && decision.getStatus() == DecisionStatus.ISSUED
                && decision.getKind() == DecisionKind.RECOGNITION) {
            printing.printCertificates(id);
            em.refresh(decision);
        }
        if (decision.getCertificatesPdf() == null) {
            throw new BusinessException("error.notFound");
        }
        return new IssuedPdf("giay-chung-nhan-qd-" + decision.getSequence() + "-" + decision.getNumberYear() + ".pdf",
                decision.getCertificatesPdf().verifiedContent(), decision.getCertificatesPdf().getSha256());
    }

    /** The wording of decisions under a regime ("1048", "148", "148-1489"). */
    public TemplateView templateOf(String regime) {
        return TemplateView.of(template(regime));
    }

    @RolesAllowed(Roles.OFFICER)
    public TemplateView saveTemplate(String regime, long version, String legalBases, String proposer, String unitInCharge,
                                     String recipients) {
        DecisionTemplate template = template(regime);
        if (template.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        String before = template.auditState();
        template.change(legalBases, proposer, unitInCharge, recipients);
        flush();
        audit.change("DECISION_TEMPLATE_CHANGED", template, before, null);
        return TemplateView.of(template);
    }

    private static String fileName(Decision d) {
        return "quyet-dinh-" + d.getSequence() + "-" + d.getNumberYear() + ".pdf";
    }

    private DecisionTemplate template(String regime) {
        DecisionTemplate template = em.find(DecisionTemplate.class, regime);
        if (template == null) {
            throw new BusinessException("error.notFound");
        }
        return template;
    }

    private java.util.Optional<Decision> recognitionOf(EvaluationRound round) {
        return em.createNamedQuery(Decision.OF_ROUND, Decision.class).setParameter("round", round)
                .setParameter("kind", DecisionKind.RECOGNITION).getResultStream().findFirst();
    }

    private DecisionProduct.Line line(Product product, Long certificateId, java.math.BigDecimal score, int stars, String note) {
        Producer producer = product.getProducer();
        AdministrativeUnit commune = producer.getCommune();
        String address = producer.getAddress() == null ? commune.getName()
                : vn.ocop.shared.control.VietnameseText.searchKey(producer.getAddress())
                        .contains(vn.ocop.shared.control.VietnameseText.searchKey(commune.getName()))
                        ? producer.getAddress() : producer.getAddress() + ", " + commune.getName();
        String set = product.getProductSet().getCode() + " " + product.getProductSet().getName();
        return new DecisionProduct.Line(product, commune.getId(), certificateId, product.getName(), producer.getName(),
                address.length() > 500 ? address.substring(0, 500) : address, set.length() > 300 ? set.substring(0, 300) : set,
                score, stars, note);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private DecisionDetails details(Decision decision) {
        LocalDate today = LocalDate.now(clock);
        List<CertificateView> certificates = decision.getKind() == DecisionKind.RECOGNITION && decision.getStatus() == DecisionStatus.ISSUED
                ? em.createNamedQuery(Certificate.OF_DECISION, Certificate.class).setParameter("decision", decision).getResultList()
                        .stream().map(c -> CertificateView.of(c, today, null, NoticeRule.configured())).toList()
                : List.of();
        return DecisionDetails.of(decision, certificates);
    }

    private Decision find(long id) {
        Decision decision = em.find(Decision.class, id);
        if (decision == null) {
            throw new BusinessException("error.notFound");
        }
        return decision;
    }

    /** The decision, locked against concurrent changes, as read at {@code version}. */
    private Decision current(long id, long version) {
        Decision decision = em.find(Decision.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (decision == null) {
            throw new BusinessException("error.notFound");
        }
        if (decision.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        return decision;
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
