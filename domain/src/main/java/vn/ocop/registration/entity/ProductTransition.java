package vn.ocop.registration.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.ocop.shared.entity.IssuedFile;

import java.time.LocalDateTime;

/**
 * One move of a product in the cycle: from, to, who, when and why. Never changed afterwards, but for a submission of
 * the dossier the prints of the dossier as submitted, each kept once.
 */
@Entity
@Table(name = "product_transition")
public class ProductTransition {

    @Id
    @SequenceGenerator(name = "seq_product_transition", sequenceName = "seq_product_transition", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_product_transition")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_step", length = 30, updatable = false)
    private CycleStep from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_step", nullable = false, length = 30, updatable = false)
    private CycleStep to;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 100, updatable = false)
    private String actor;

    @Column(length = 1000, updatable = false)
    private String note;

    /** The registration type of a submission or a re-registration (null for the other moves). */
    @Enumerated(EnumType.STRING)
    @Column(name = "registration_type", length = 20, updatable = false)
    private RegistrationType registrationType;

    /** The registration form as submitted (a submission only; null for one submitted before V28 until first printed). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "registration_form_pdf_id")
    private IssuedFile registrationFormPdf;

    /** The dossier checklist as submitted (as the registration form). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_pdf_id")
    private IssuedFile checklistPdf;

    protected ProductTransition() {
    }

    ProductTransition(Product product, CycleStep from, CycleStep to, LocalDateTime occurredAt, String actor, String note) {
        this.product = product;
        this.from = from;
        this.to = to;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.note = note;
    }

    ProductTransition(Product product, CycleStep from, CycleStep to, LocalDateTime occurredAt, String actor, String note,
                      RegistrationType registrationType) {
        this(product, from, to, occurredAt, actor, note);
        this.registrationType = registrationType;
    }

    public RegistrationType getRegistrationType() {
        return registrationType;
    }

    public Long getId() {
        return id;
    }

    public CycleStep getFrom() {
        return from;
    }

    public CycleStep getTo() {
        return to;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }

    /** Keeps the registration form as submitted; kept once, never replaced. */
    public void keepRegistrationForm(IssuedFile print) {
        checkSubmission(registrationFormPdf);
        this.registrationFormPdf = print;
    }

    /** Keeps the dossier checklist as submitted; kept once, never replaced. */
    public void keepChecklist(IssuedFile print) {
        checkSubmission(checklistPdf);
        this.checklistPdf = print;
    }

    private void checkSubmission(IssuedFile kept) {
        if (to != CycleStep.DOSSIER_SUBMITTED || kept != null) {
            throw new IllegalStateException("transition " + id + " is no submission, or its print is kept already");
        }
    }

    public IssuedFile getRegistrationFormPdf() {
        return registrationFormPdf;
    }

    public IssuedFile getChecklistPdf() {
        return checklistPdf;
    }
}
