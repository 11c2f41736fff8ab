package vn.ocop.planning.boundary;

import vn.ocop.planning.control.Progress;
import vn.ocop.planning.entity.TargetKind;
import vn.ocop.planning.entity.TargetUnit;
import vn.ocop.training.entity.Audience;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A target of a plan with its actual: what it counts (a class for recognised products, an audience
 * for training coverage), the target, and the progress computed from the data.
 */
public record TargetProgress(TargetKind kind, TargetUnit unit, Integer stars, Audience audience, BigDecimal target,
                             String note, Progress progress) implements Serializable {
}
