package vn.ocop.rating.boundary;

import java.io.Serializable;

import vn.ocop.rating.entity.CorrectionField;

/**
 * A correction of a scoring sheet: the node, the field, the value of the transcription and the
 * corrected one (for a new parent, the paths of the former and the new parent), reason and source.
 */
public record CorrectionView(String path, CorrectionField field, String oldValue, String newValue, String reason,
                             String source) implements Serializable {
}
