package vn.ocop.certification.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.certification.control.Numbers;
import vn.ocop.geography.entity.IssuerLines;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.rating.entity.EvaluationRound;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;
import vn.ocop.shared.entity.IssuedFile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision of the People's Committee: the recognition of the products a concluded round recognises, or the
 * revocation of certificates of an issued recognition decision (with its grounds). The office drafts and edits it,
 * a leader approves it, the office issues it: the number (one sequence per issuing body and year, taken in the
 * issuing transaction) and the signing date are set and the content is frozen; its PDF, printed from that content just
 * after the issuing transaction, is kept once with its SHA-256 and never replaced. An issued decision is never
 * changed; it is amended or revoked only by a new decision that refers to it.
 */
@Entity
@Table(name = "cert_decision")
@NamedQuery(name = Decision.OF_ROUND, query = "SELECT d FROM Decision d WHERE d.round = :round AND d.kind = :kind")
@NamedQuery(name = Decision.LAST_SIGNED, query = "SELECT MAX(d.signedOn) FROM Decision d WHERE d.bodyCode = :body"
        + " AND d.numberYear = :year AND d.status = vn.ocop.certification.entity.DecisionStatus.ISSUED")
@NamedQuery(name = Decision.REVOKING, query = "SELECT d FROM Decision d WHERE d.refersTo = :decision ORDER BY d.id")
@NamedQuery(name = Decision.AWAITING_PRINT, query = "SELECT d.id FROM Decision d WHERE d.pdf IS NULL"
        + " AND d.status = vn.ocop.certification.entity.DecisionStatus.ISSUED")
@NamedQuery(name = Decision.PRINTED, query = "UPDATE Decision d SET d.pdf = :pdf WHERE d.id = :id AND d.pdf IS NULL"
        + " AND d.status = vn.ocop.certification.entity.DecisionStatus.ISSUED")
public class Decision implements Auditable {

    public static final String OF_ROUND = "Decision.ofRound";
    public static final String LAST_SIGNED = "Decision.lastSigned";
    public static final String REVOKING = "Decision.revoking";
    public static final String AWAITING_PRINT = "Decision.awaitingPrint";
    public static final String PRINTED = "Decision.printed";
    public static final int MAX_GROUNDS = 2000;

    @Id
    @SequenceGenerator(name = "seq_cert_decision", sequenceName = "seq_cert_decision", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_cert_decision")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private DecisionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", updatable = false)
    private EvaluationRound round;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "refers_to_id", updatable = false)
    private Decision refersTo;

    @Column(name = "body_code", nullable = false, length = 20, updatable = false)
    private String bodyCode;

    @Embedded
    private IssuerLines issuer;

    @Column(name = "programme_year", nullable = false, updatable = false)
    private int programmeYear;

    @Embedded
    private DecisionWording wording;

    @Column(length = MAX_GROUNDS)
    private String grounds;

    @Column(name = "number_year")
    private Integer numberYear;

    @Column(name = "sequence_no")
    private Integer sequence;

    @Column(length = 40)
    private String number;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Embedded
    private DecisionTrail trail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pdf_id")
    private IssuedFile pdf;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificates_pdf_id")
    private IssuedFile certificatesPdf;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<DecisionProduct> products = new ArrayList<>();

    @Column(name = "confers_class", nullable = false)
    private boolean confersClass = true;

    /** The revocation's grounds from the list (codes, comma-separated); null for a recognition or an older revocation. */
    @Column(name = "ground_codes", length = 300)
    private String groundCodes;

    /** The inspection a revocation cites among its grounds; null otherwise. */
    @Column(name = "inspection_id", updatable = false)
    private Long inspectionId;

    @Version
    private long version;

    protected Decision() {
    }

    private Decision(DecisionKind kind, IssuingBody body, int programmeYear, DecisionText text, LocalDateTime at, String by) {
        this.kind = kind;
        this.status = DecisionStatus.DRAFT;
        this.bodyCode = body.getCode();
        this.issuer = body.lines();
        this.programmeYear = programmeYear;
        this.trail = DecisionTrail.drafted(at, by);
        this.wording = DecisionWording.of(text);
    }

    /**
     * A draft of the body recognising the products that the concluded round recognises (added with {@link #add}); it
     * prints the body's texts as they are now, until it is issued.
     */
    public static Decision recognition(EvaluationRound round, IssuingBody body, DecisionText text, LocalDateTime at, String by) {
        Decision decision = new Decision(DecisionKind.RECOGNITION, body, round.getYear(), text, at, by);
        decision.round = round;
        decision.confersClass = round.getRegime() == null || body.confersClass(round.getRegime().getCode());
        return decision;
    }

    /**
     * A draft of the body revoking certificates of an issued recognition decision (the body that recognised them, or the
     * one that took over its powers when it no longer exists) for the grounds chosen from the list
     * ({@link RevocationGround}), with the office's explanation (required with OTHER); the decision keeps the codes and
     * the reason as printed.
     */
    public static Decision revocation(Decision recognition, IssuingBody body, java.util.Collection<RevocationGround> chosen,
                                      String explanation, DecisionText text, LocalDateTime at, String by) {
        return revocation(recognition, body, chosen, explanation, null, text, at, by);
    }

    /**
     * A revocation draft whose grounds include an inspection that proposed it ({@link RevocationGround#INSPECTION_FINDINGS});
     * the decision keeps the inspection and prints its citation among the grounds.
     */
    public static Decision revocation(Decision recognition, IssuingBody body, java.util.Collection<RevocationGround> chosen,
                                      String explanation, Inspection inspection, Certificate revoked, DecisionText text,
                                      LocalDateTime at, String by) {
        Decision decision = revocation(recognition, body, chosen, explanation, inspection.citationFor(revoked), text, at, by);
        decision.inspectionId = inspection.getId();
        return decision;
    }

    private static Decision revocation(Decision recognition, IssuingBody body, java.util.Collection<RevocationGround> chosen,
                                       String explanation, String citation, DecisionText text, LocalDateTime at, String by) {
        String grounds = RevocationGround.reason(chosen, explanation, citation);
        if (recognition.kind != DecisionKind.RECOGNITION || recognition.status != DecisionStatus.ISSUED) {
            throw new BusinessException("certification.revocation.notIssued");
        }
        Decision decision = new Decision(DecisionKind.REVOCATION, body, recognition.programmeYear, text, at, by);
        decision.refersTo = recognition;
        decision.grounds = VietnameseText.required("grounds", grounds, MAX_GROUNDS);
        decision.groundCodes = RevocationGround.codes(chosen);
        return decision;
    }

    /** Changes the wording of a draft. */
    public void edit(DecisionText text) {
        requireDraft();
        this.wording = DecisionWording.of(text);
    }

    /** Adds a product to the draft's annex, after the others. */
    public DecisionProduct add(DecisionProduct.Line line) {
        requireDraft();
        if (products.stream().anyMatch(p -> p.getProductId().equals(line.product().getId()))) {
            throw new BusinessException("certification.decision.productTwice", line.productName());
        }
        DecisionProduct product = new DecisionProduct(this, products.size() + 1, line);
        products.add(product);
        return product;
    }

    /** DRAFT → APPROVED by a leader: the draft has products and names its signer. */
    public void approve(LocalDateTime at, String by) {
        requireDraft();
        if (products.isEmpty()) {
            throw new BusinessException("certification.decision.noProducts");
        }
        if (wording.text().signerName() == null) {
            throw BusinessException.onField("signerName", "certification.decision.signerRequired");
        }
        this.status = DecisionStatus.APPROVED;
        this.trail = trail.approved(at, by);
    }

    /** APPROVED → DRAFT: sent back to the office to be changed; the approval no longer holds. */
    public void reopen() {
        if (status != DecisionStatus.APPROVED) {
            throw new BusinessException("certification.decision.notApproved");
        }
        this.status = DecisionStatus.DRAFT;
        this.trail = trail.reopened();
    }

    /**
     * APPROVED → ISSUED: the number taken from the issuing body's counter for the year of signing and the signing date;
     * from now on nothing of the decision changes. Its print is made from it afterwards and kept once.
     */
    public void issue(int sequence, LocalDate signedOn, LocalDateTime at, String by) {
        issue(sequence, Numbers.decision(sequence), signedOn, at, by);
    }

    /** As {@link #issue(int, LocalDate, LocalDateTime, String)} with the number as the register wrote it. */
    public void issue(int sequence, String number, LocalDate signedOn, LocalDateTime at, String by) {
        if (status != DecisionStatus.APPROVED) {
            throw new BusinessException("certification.decision.notApproved");
        }
        this.sequence = sequence;
        this.numberYear = signedOn.getYear();
        this.number = number;
        this.signedOn = signedOn;
        this.trail = trail.issued(at, by);
        this.status = DecisionStatus.ISSUED;
    }

    /** Whether the issued decision still waits for its print (made just after the issuing transaction). */
    public boolean awaitsPrint() {
        return status == DecisionStatus.ISSUED && pdf == null;
    }

    /**
     * The leader sends a draft or an approved decision back to the office, with the reason (required): it is a draft
     * again, the approval no longer holds, and the office sees why until the decision is approved. Never once issued.
     */
    public void sendBack(String reason, LocalDateTime at, String by) {
        if (status == DecisionStatus.ISSUED) {
            throw new BusinessException("certification.decision.frozen");
        }
        this.trail = trail.sentBack(reason, at, by);
        this.status = DecisionStatus.DRAFT;
    }

    public void requireDraft() {
        if (status != DecisionStatus.DRAFT) {
            throw new BusinessException(status == DecisionStatus.ISSUED ? "certification.decision.frozen"
                    : "certification.decision.notDraft");
        }
    }

    /** The text as it stands, to edit it. */
    public DecisionText text() {
        return wording.text();
    }

    /** Who drafted, approved, sent back and issued the decision, and when. */
    public DecisionTrail getTrail() {
        return trail;
    }

    @Override
    public String auditType() {
        return "Decision";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "kind=" + kind + "; status=" + status + "; round=" + (round == null ? "-" : round.getId()) + "; refersTo="
                + (refersTo == null ? "-" : refersTo.getId()) + "; number=" + (number == null ? "-" : number) + "; signedOn="
                + (signedOn == null ? "-" : signedOn) + "; products=" + products.size() + "; signer=" + text().signingMode() + " "
                + (text().signerName() == null ? "-" : text().signerName()) + "; summary=" + text().summary() + (grounds == null ? "" : "; grounds=" + grounds)
                + (pdf == null ? "" : "; sha256=" + pdf.getSha256());
    }

    public Long getId() {
        return id;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public EvaluationRound getRound() {
        return round;
    }

    public Decision getRefersTo() {
        return refersTo;
    }

    /**
     * Whether the decision confers the star classes of its annex; false for a recognition at the body's own level, whose
     * annex gives the class its council found as the proposal to the next body. A revocation follows its recognition.
     */
    public boolean confersClass() {
        return refersTo == null ? confersClass : refersTo.confersClass();
    }

    /** The inspection a revocation cites among its grounds, or null. */
    public Long getInspectionId() {
        return inspectionId;
    }

    /** The revocation's grounds chosen from the list; empty for a recognition or a revocation drafted before the list. */
    public List<RevocationGround> getGroundCodes() {
        return RevocationGround.parse(groundCodes);
    }

    public String getBodyCode() {
        return bodyCode;
    }

    /** The issuing body's texts as this decision prints them (frozen with it when issued). */
    public IssuerLines getIssuer() {
        return issuer;
    }

    public int getProgrammeYear() {
        return programmeYear;
    }

    public String getGrounds() {
        return grounds;
    }

    public Integer getNumberYear() {
        return numberYear;
    }

    public Integer getSequence() {
        return sequence;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public IssuedFile getPdf() {
        return pdf;
    }

    public IssuedFile getCertificatesPdf() {
        return certificatesPdf;
    }

    public List<DecisionProduct> getProducts() {
        return List.copyOf(products);
    }

    public long getVersion() {
        return version;
    }
}
