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

/** What a pre-screen found for one item of the checklist. Never changed. */
@Entity
@Table(name = "prescreen_result")
public class PrescreenResult {

    @Id
    @SequenceGenerator(name = "seq_prescreen_result", sequenceName = "seq_prescreen_result", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_prescreen_result")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "prescreen_id", updatable = false)
    private Prescreen prescreen;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", updatable = false)
    private PrescreenItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_result", nullable = false, length = 20, updatable = false)
    private ItemResult result;

    protected PrescreenResult() {
    }

    PrescreenResult(Prescreen prescreen, PrescreenItem item, ItemResult result) {
        this.prescreen = prescreen;
        this.item = item;
        this.result = result;
    }

    public PrescreenItem getItem() {
        return item;
    }

    public ItemResult getResult() {
        return result;
    }
}
