package vn.ocop.registration.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;
import vn.ocop.shared.entity.IssuedFile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The commune's pre-screen of one submission of a dossier (148/QĐ-TTg as amended by 1489/QĐ-TTg): who (the officer,
 * for the commune's People's Committee), when, what each item of the checklist was found to be, and the outcome —
 * passed with remarks, or returned with reasons. The rules are in the constructor; a pre-screen is never changed.
 */
@Entity
@Table(name = "prescreen")
@NamedQuery(name = Prescreen.OF_PRODUCT, query = "SELECT p FROM Prescreen p WHERE p.product = :product ORDER BY p.screenedAt DESC, p.id DESC")
@NamedQuery(name = Prescreen.OF_SUBMISSION, query = "SELECT COUNT(p) FROM Prescreen p WHERE p.submission = :submission")
public class Prescreen implements Auditable {

    public static final String OF_PRODUCT = "Prescreen.ofProduct";
    public static final String OF_SUBMISSION = "Prescreen.ofSubmission";
    public static final int MAX_TEXT = 1000;

    @Id
    @SequenceGenerator(name = "seq_prescreen", sequenceName = "seq_prescreen", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_prescreen")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", updatable = false)
    private ProductTransition submission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_code", updatable = false)
    private IssuingBody body;

    @Column(nullable = false, length = 100, updatable = false)
    private String officer;

    @Column(name = "officer_name", nullable = false, length = 200, updatable = false)
    private String officerName;

    @Column(name = "screened_on", nullable = false, updatable = false)
    private LocalDate screenedOn;

    @Column(name = "screened_at", nullable = false, updatable = false)
    private LocalDateTime screenedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PrescreenOutcome outcome;

    @Column(length = MAX_TEXT, updatable = false)
    private String remarks;

    @Column(length = MAX_TEXT, updatable = false)
    private String reasons;

    @OneToMany(mappedBy = "prescreen", cascade = CascadeType.PERSIST)
    private List<PrescreenResult> results = new ArrayList<>();

    /** The print as it was issued when the pre-screen was recorded (null only for a pre-screen recorded before V28). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pdf_id")
    private IssuedFile pdf;

    @Version
    private long version;

    protected Prescreen() {
    }

    /**
     * Pre-screens the product's current submission against the active items. Every item needs a result; a return
     * needs a reason and at least one item not met; a pass needs every mandatory item met. A returned dossier goes
     * back to the producer's preparation with the reasons ({@link Product#returnDossier}).
     */
    public Prescreen(Product product, IssuingBody body, List<PrescreenItem> items, Map<Long, ItemResult> found,
                     PrescreenOutcome outcome, String remarks, String reasons, LocalDateTime at, String officer,
                     String officerName) {
        ProductTransition current = product.currentSubmission();
        if (outcome == null) {
            throw BusinessException.onField("outcome", "error.required");
        }
        this.remarks = text("remarks", remarks);
        this.reasons = text("reasons", reasons);
        Map<Long, PrescreenItem> byId = items.stream().collect(Collectors.toMap(PrescreenItem::getId, i -> i));
        for (Long itemId : found.keySet()) {
            if (!byId.containsKey(itemId)) {
                throw BusinessException.onField("items", "registration.prescreen.unknownItem", itemId);
            }
        }
        for (PrescreenItem item : items) {
            if (found.get(item.getId()) == null) {
                throw BusinessException.onField("items", "registration.prescreen.itemMissing", item.getTextVi());
            }
        }
        boolean anyNotMet = found.values().stream().anyMatch(r -> r == ItemResult.NOT_MET);
        if (outcome == PrescreenOutcome.RETURNED) {
            if (this.reasons == null) {
                throw BusinessException.onField("reasons", "registration.prescreen.reasonRequired");
            }
            if (!anyNotMet) {
                throw BusinessException.onField("items", "registration.prescreen.nothingNotMet");
            }
        } else {
            for (PrescreenItem item : items) {
                if (item.isMandatory() && found.get(item.getId()) != ItemResult.MET) {
                    throw BusinessException.onField("items", "registration.prescreen.mandatoryNotMet", item.getTextVi());
                }
            }
        }
        this.submission = current;
        this.product = product;
        this.body = body;
        this.outcome = outcome;
        this.screenedAt = at;
        this.screenedOn = at.toLocalDate();
        this.officer = officer;
        this.officerName = officerName == null ? officer : officerName;
        for (PrescreenItem item : items) {
            results.add(new PrescreenResult(this, item, found.get(item.getId())));
        }
        if (outcome == PrescreenOutcome.RETURNED) {
            product.returnDossier(this.reasons, at, officer);
        }
    }

    private static String text(String field, String value) {
        String text = VietnameseText.normalise(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw BusinessException.onField(field, "error.tooLong", MAX_TEXT);
        }
        return text;
    }

    @Override
    public String auditType() {
        return "Prescreen";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "product=" + product.getId() + "; body=" + body.getCode() + "; outcome=" + outcome + "; results="
                + results.stream().map(r -> r.getItem().getCode() + ":" + r.getResult()).collect(Collectors.joining(","))
                + "; remarks=" + (remarks == null ? "-" : remarks) + "; reasons=" + (reasons == null ? "-" : reasons);
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public ProductTransition getSubmission() {
        return submission;
    }

    public IssuingBody getBody() {
        return body;
    }

    public String getOfficer() {
        return officer;
    }

    public String getOfficerName() {
        return officerName;
    }

    public LocalDate getScreenedOn() {
        return screenedOn;
    }

    public PrescreenOutcome getOutcome() {
        return outcome;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getReasons() {
        return reasons;
    }

    public List<PrescreenResult> getResults() {
        return List.copyOf(results);
    }

    public long getVersion() {
        return version;
    }

    /** Keeps the print as issued; a print once kept is never replaced. */
    public void printed(IssuedFile file) {
        if (pdf != null) {
            throw new IllegalStateException("pre-screen " + id + " is already printed");
        }
        this.pdf = file;
    }

    public IssuedFile getPdf() {
        return pdf;
    }
}
