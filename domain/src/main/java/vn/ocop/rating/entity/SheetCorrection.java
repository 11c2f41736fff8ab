package vn.ocop.rating.entity;

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
import vn.ocop.rating.control.Correction;

/**
 * A documented correction of a transcribed scoring sheet: one field of one node, from the value
 * the transcription holds to the corrected one, with the reason and the source that justify it.
 */
@Entity
@Table(name = "sheet_correction")
public class SheetCorrection {

    @Id
    @SequenceGenerator(name = "seq_sheet_correction", sequenceName = "seq_sheet_correction", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_sheet_correction")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id", nullable = false)
    private ScoringSheet sheet;

    @Column(name = "node_id", nullable = false)
    private long nodeId;

    /** The order in which the sheet's corrections apply. */
    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CorrectionField field;

    @Column(name = "old_value", length = 100)
    private String oldValue;

    @Column(name = "new_value", length = 100)
    private String newValue;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(nullable = false, length = 500)
    private String source;

    protected SheetCorrection() {
    }

    public Correction correction() {
        return new Correction(id, nodeId, field, oldValue, newValue, reason, source);
    }
}
