package vn.ocop.rating.control;

import vn.ocop.rating.entity.CorrectionField;

/**
 * A documented change of one node of a transcription: which field, from which value to which, and
 * why. Applied in order; it applies only while the node still holds the old value.
 */
public record Correction(long id, long nodeId, CorrectionField field, String oldValue, String newValue, String reason,
                         String source) {
}
