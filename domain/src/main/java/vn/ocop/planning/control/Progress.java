package vn.ocop.planning.control;

import vn.ocop.planning.entity.TargetUnit;
import vn.ocop.shared.control.Share;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a target is: the actual in the target's unit, the share of the target reached, and a
 * state. Plain rules, so that every page, the API and the tests agree:
 * <ul>
 * <li>a count or an amount is the measured value itself; a share is measured / base × 100, shown
 *     with one decimal ({@link Share#percent()}), and has no value when the base is empty (nothing
 *     to take a share of);</li>
 * <li>reached is actual / target × 100 with one decimal, half up, and may pass 100; a target of zero is
 *     reached by any actual; an actual short of its target reaches 99.9 at most, so that "100 %" always
 *     means met;</li>
 * <li>MET once the actual is at least the target, a share compared exactly (measured × 100 ≥
 *     target × base: 2,000 of 2,001 is short of 100 %), never its rounded figure; before the end
 *     of the plan's year it is otherwise IN_PROGRESS, after it MISSED; NO_DATA when there is no actual.</li>
 * </ul>
 */
public record Progress(BigDecimal actual, BigDecimal reached, State state) implements Serializable {

    public enum State {
        MET, IN_PROGRESS, MISSED, NO_DATA
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the data gave for a target: a count or an amount, and, for a share, the count it is a share of. */
    public record Measure(long value, Long base) implements Serializable {

        public static Measure of(long value) {
            return new Measure(value, null);
        }

        public static Measure share(long value, long base) {
            return new Measure(value, base);
        }
    }

    public static Progress of(TargetUnit unit, BigDecimal target, Measure measure, boolean yearOver) {
        if (unit == TargetUnit.PERCENT && measure != null && measure.base() != null && measure.base() > 0) {
            return ofShare(target, new Share(measure.value(), measure.base()), yearOver);
        }
        BigDecimal actual = actual(unit, measure);
        if (actual == null) {
            return new Progress(null, null, State.NO_DATA);
        }
        return of(target, actual, yearOver);
    }

    /** The progress of a share against a target in %, compared exactly (e.g. a training coverage). */
    public static Progress ofShare(BigDecimal target, Share share, boolean yearOver) {
        if (share == null) {
            return new Progress(null, null, State.NO_DATA);
        }
        State state = share.reaches(target) ? State.MET : yearOver ? State.MISSED : State.IN_PROGRESS;
        return new Progress(share.percent(), share.reachedOf(target), state);
    }

    /** The progress of a count or amount already measured. */
    public static Progress of(BigDecimal target, BigDecimal actual, boolean yearOver) {
        if (actual == null) {
            return new Progress(null, null, State.NO_DATA);
        }
        boolean met = actual.compareTo(target) >= 0;
        BigDecimal reached = target.signum() == 0 ? HUNDRED.setScale(1) : actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
        State state = met ? State.MET : yearOver ? State.MISSED : State.IN_PROGRESS;
        return new Progress(actual, Share.capped(reached, met), state);
    }

    static BigDecimal actual(TargetUnit unit, Measure measure) {
        if (measure == null) {
            return null;
        }
        if (unit != TargetUnit.PERCENT) {
            return BigDecimal.valueOf(measure.value());
        }
        if (measure.base() == null || measure.base() <= 0) {
            return null;
        }
        return new Share(measure.value(), measure.base()).percent();
    }

    /** The width of a progress bar: reached, between 0 and 100. */
    public int bar() {
        return reached == null ? 0 : Math.max(0, Math.min(100, reached.setScale(0, RoundingMode.HALF_UP).intValue()));
    }
}
