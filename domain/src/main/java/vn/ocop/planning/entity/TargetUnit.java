package vn.ocop.planning.entity;

/** The unit of a target and of its actual: a count, a share in % (one decimal) or an amount in VND. */
public enum TargetUnit {
    COUNT, PERCENT, VND
}
