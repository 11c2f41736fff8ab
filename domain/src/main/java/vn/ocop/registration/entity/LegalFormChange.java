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

import java.time.LocalDate;

/** A change of a producer's legal form on a date (a group becomes a cooperative, …), kept as history. */
@Entity
@Table(name = "producer_legal_form")
public class LegalFormChange {

    @Id
    @SequenceGenerator(name = "seq_producer_legal_form", sequenceName = "seq_producer_legal_form", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_producer_legal_form")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id", updatable = false)
    private Producer producer;

    @Enumerated(EnumType.STRING)
    @Column(name = "former_type", nullable = false, length = 30, updatable = false)
    private ProducerType formerType;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_type", nullable = false, length = 30, updatable = false)
    private ProducerType newType;

    @Column(name = "changed_on", nullable = false, updatable = false)
    private LocalDate changedOn;

    @Column(length = 500, updatable = false)
    private String note;

    protected LegalFormChange() {
    }

    LegalFormChange(Producer producer, ProducerType formerType, ProducerType newType, LocalDate changedOn, String note) {
        this.producer = producer;
        this.formerType = formerType;
        this.newType = newType;
        this.changedOn = changedOn;
        this.note = note;
    }

    public ProducerType getFormerType() {
        return formerType;
    }

    public ProducerType getNewType() {
        return newType;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getNote() {
        return note;
    }
}
