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
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.registration.control.DossierChecklist;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Checks;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * A product of a producer, in the product set it is evaluated under, and its path through the
 * OCOP cycle. Every move is checked against {@link CycleStep#next()} and kept as a
 * {@link ProductTransition} (who, when, why): the product page shows them as a timeline.
 */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.WITH_PRODUCER, query = "SELECT p FROM Product p JOIN FETCH p.producer JOIN FETCH p.productSet WHERE p.id IN :ids")
@NamedQuery(name = Product.OF_PRODUCER, query = "SELECT p FROM Product p JOIN FETCH p.productSet WHERE p.producer = :producer ORDER BY p.id")
public class Product implements Auditable {

    public static final int MAX_NAME = 200;
    public static final String OF_PRODUCER = "Product.ofProducer";
    /** The products of the ids, with their producers and sets (a page of a list). */
    public static final String WITH_PRODUCER = "Product.withProducer";

    public static final int MAX_NOTE = 1000;
    public static final int MAX_SAMPLES = 1000;
    /** Samples of goods sent with the dossier (148/QĐ-TTg: 5 sample units, except services). */
    public static final int REQUIRED_SAMPLES = 5;

    @Id
    @SequenceGenerator(name = "seq_product", sequenceName = "seq_product", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_product")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id", updatable = false)
    private Producer producer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_set_id")
    private ProductSet productSet;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CycleStep step;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_type", length = 20)
    private RegistrationType registrationType;

    /** Which of the product's dossiers is prepared or was last submitted: 1, then one more at each re-registration. */
    @Column(name = "dossier_number", nullable = false)
    private int dossierNumber = 1;

    /** The certificate in force the current registration (a re-evaluation or an upgrade) starts from. */
    @Column(name = "certificate_in_force", length = 40)
    private String certificateInForce;

    @Column(length = MAX_NOTE)
    private String description;

    private Integer samples;

    @OneToMany(mappedBy = "product", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<ProductTransition> transitions = new ArrayList<>();

    @Version
    private long version;

    protected Product() {
    }

    /** Registers the idea of a product (cycle step 2). */
    public Product(Producer producer, ProductSet productSet, String name, LocalDateTime at, String actor) {
        this.producer = producer;
        this.productSet = productSet;
        rename(name);
        this.step = CycleStep.IDEA_REGISTERED;
        transitions.add(new ProductTransition(this, null, step, at, actor, null));
    }

    public final void rename(String name) {
        this.name = VietnameseText.required("name", name, MAX_NAME);
        this.nameKey = VietnameseText.searchKey(this.name);
    }

    /** The description and the number of samples sent with the dossier (5 for goods, 148/QĐ-TTg). */
    public void describe(String description, Integer samples) {
        String text = VietnameseText.normalise(description);
        Checks.all(() -> {
            if (text != null && text.length() > MAX_NOTE) {
                throw BusinessException.onField("description", "error.tooLong", MAX_NOTE);
            }
        }, () -> {
            if (samples != null && (samples < 0 || samples > MAX_SAMPLES)) {
                throw BusinessException.onField("samples", "registration.product.samples", MAX_SAMPLES);
            }
        });
        this.description = text;
        this.samples = samples;
    }

    /** Whether the product may still be changed: not once its dossier is submitted for evaluation. */
    public boolean isOpen() {
        return step != CycleStep.DOSSIER_SUBMITTED;
    }

    public void acceptIdea(String note, LocalDateTime at, String actor) {
        move(CycleStep.IDEA_ACCEPTED, note, at, actor);
    }

    /** Returns the idea to the producer; the reason is required. */
    public void returnIdea(String reason, LocalDateTime at, String actor) {
        if (VietnameseText.normalise(reason) == null) {
            throw BusinessException.onField("note", "registration.cycle.reasonRequired");
        }
        move(CycleStep.IDEA_RETURNED, reason, at, actor);
    }

    public void resubmitIdea(String note, LocalDateTime at, String actor) {
        move(CycleStep.IDEA_REGISTERED, note, at, actor);
    }

    public void submitPlan(String note, LocalDateTime at, String actor) {
        move(CycleStep.PLAN_SUBMITTED, note, at, actor);
    }

    public void startPreparing(String note, LocalDateTime at, String actor) {
        move(CycleStep.PREPARING, note, at, actor);
    }

    /**
     * Moves the product one step on by the producer's side of the cycle: a returned idea is registered again, an
     * accepted idea gets its business plan, a plan goes to preparation, a prepared product submits its dossier (with
     * the items of its documents, asked for only then). The district's decision on an idea is not a move of this kind.
     */
    public void advance(RegistrationType type, Supplier<? extends Collection<DossierItem>> documents, String note,
                        LocalDateTime at, String actor) {
        switch (step) {
            case IDEA_RETURNED -> resubmitIdea(note, at, actor);
            case IDEA_ACCEPTED -> submitPlan(note, at, actor);
            case PLAN_SUBMITTED -> startPreparing(note, at, actor);
            case PREPARING -> submitDossier(type, checklist(documents.get()), note, at, actor);
            default -> throw new BusinessException("registration.cycle.illegal", step.name(), "-");
        }
    }

    /**
     * Submits the dossier for evaluation (cycle step 5) as a first time, upgrade or re-evaluation,
     * only when its checklist is complete: every mandatory item present and the samples recorded.
     */
    public void submitDossier(RegistrationType type, DossierChecklist checklist, String note, LocalDateTime at, String actor) {
        Checks.all(() -> {
            if (type == null) {
                throw BusinessException.onField("registrationType", "error.required");
            }
            if (dossierNumber > 1 && type != registrationType) {
                throw BusinessException.onField("registrationType", "registration.reRegister.sameType", registrationType);
            }
        }, () -> {
            if (step.canMoveTo(CycleStep.DOSSIER_SUBMITTED) && !checklist.complete()) {
                throw new BusinessException("registration.dossier.incomplete", checklist.gaps());
            }
        }, () -> checkNote(note));
        move(CycleStep.DOSSIER_SUBMITTED, note, at, actor, type);
        this.registrationType = type;
    }

    /**
     * Registers the recognised product again, for a re-evaluation or an upgrade, from its last dossier: the product
     * (name, set, description, samples) stays as it was, a new dossier is opened (cycle step 4, preparation) and the
     * registration is linked to the certificate in force. Only a product whose last dossier was submitted, with a
     * certificate still in force on the day (a re-evaluation is asked for before the certificate expires), not already
     * registered again from that certificate. The documents still valid are carried over by the dossier
     * ({@link DossierDocument#carriesOver}).
     */
    public void reRegister(RegistrationType type, String certificate, LocalDate certificateUntil, String note, LocalDateTime at,
                           String actor) {
        if (type != RegistrationType.RE_EVALUATION && type != RegistrationType.UPGRADE) {
            throw BusinessException.onField("registrationType", "registration.reRegister.type");
        }
        if (step != CycleStep.DOSSIER_SUBMITTED) {
            throw new BusinessException("registration.reRegister.notSubmitted");
        }
        if (certificate == null || certificateUntil == null || certificateUntil.isBefore(at.toLocalDate())) {
            throw new BusinessException("registration.reRegister.noCertificate");
        }
        if (certificate.equals(certificateInForce)) {
            throw new BusinessException("registration.reRegister.already", certificate);
        }
        String text = checkNote(note);
        transitions.add(new ProductTransition(this, step, CycleStep.PREPARING, at, actor, text, type));
        this.step = CycleStep.PREPARING;
        this.registrationType = type;
        this.certificateInForce = certificate;
        this.dossierNumber++;
    }

    /**
     * The move that submitted the dossier now under evaluation (the last move to "dossier submitted"); refused when
     * the dossier is not submitted.
     */
    public ProductTransition currentSubmission() {
        if (step != CycleStep.DOSSIER_SUBMITTED) {
            throw new BusinessException("registration.prescreen.notSubmitted");
        }
        for (int i = transitions.size() - 1; i >= 0; i--) {
            if (transitions.get(i).getTo() == CycleStep.DOSSIER_SUBMITTED) {
                return transitions.get(i);
            }
        }
        throw new BusinessException("registration.prescreen.notSubmitted");
    }

    /**
     * The commune's pre-screen returns the submitted dossier to the producer: the product goes back to preparation
     * (cycle step 4, the step before the submission), the reasons kept on the move; the dossier opens again for
     * changes and is submitted anew. Only the pre-screen does this ({@link Prescreen}), not the ordinary moves.
     */
    void returnDossier(String reasons, LocalDateTime at, String actor) {
        if (step != CycleStep.DOSSIER_SUBMITTED) {
            throw new BusinessException("registration.cycle.illegal", step.name(), CycleStep.PREPARING.name());
        }
        transitions.add(new ProductTransition(this, step, CycleStep.PREPARING, at, actor, reasons));
        this.step = CycleStep.PREPARING;
    }

    /** The dossier's checklist from the items of its documents. */
    public DossierChecklist checklist(Collection<DossierItem> documents) {
        return DossierChecklist.of(productSet.getCriteriaSet(), registrationType, productSet.isService(), samples, documents);
    }

    private static String checkNote(String note) {
        String text = VietnameseText.normalise(note);
        if (text != null && text.length() > MAX_NOTE) {
            throw BusinessException.onField("note", "error.tooLong", MAX_NOTE);
        }
        return text;
    }

    private void move(CycleStep to, String note, LocalDateTime at, String actor) {
        move(to, note, at, actor, null);
    }

    private void move(CycleStep to, String note, LocalDateTime at, String actor, RegistrationType type) {
        if (!step.canMoveTo(to)) {
            throw new BusinessException("registration.cycle.illegal", step.name(), to.name());
        }
        String text = checkNote(note);
        transitions.add(new ProductTransition(this, step, to, at, actor, text, type));
        this.step = to;
    }

    @Override
    public String auditType() {
        return "Product";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public String auditState() {
        return "name=" + name + "; set=" + productSet.getCriteriaSet() + "#" + productSet.getNumber() + "; step=" + step
                + "; registrationType=" + (registrationType == null ? "-" : registrationType) + "; dossier=" + dossierNumber
                + (certificateInForce == null ? "" : "; certificateInForce=" + certificateInForce) + "; samples="
                + (samples == null ? "-" : samples) + "; description=" + (description == null ? "-" : description);
    }

    public Long getId() {
        return id;
    }

    public Producer getProducer() {
        return producer;
    }

    public ProductSet getProductSet() {
        return productSet;
    }

    public String getName() {
        return name;
    }

    public CycleStep getStep() {
        return step;
    }

    public String getDescription() {
        return description;
    }

    public Integer getSamples() {
        return samples;
    }

    public int getDossierNumber() {
        return dossierNumber;
    }

    public String getCertificateInForce() {
        return certificateInForce;
    }

    public RegistrationType getRegistrationType() {
        return registrationType;
    }

    public List<ProductTransition> getTransitions() {
        return List.copyOf(transitions);
    }

    public long getVersion() {
        return version;
    }
}
