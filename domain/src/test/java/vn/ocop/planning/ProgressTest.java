package vn.ocop.planning;

import org.junit.jupiter.api.Test;
import vn.ocop.planning.control.Progress;
import vn.ocop.planning.control.Progress.Measure;
import vn.ocop.planning.control.Progress.State;
import vn.ocop.planning.entity.TargetUnit;
import vn.ocop.shared.control.Share;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProgressTest {

    @Test
    void aCountIsTheMeasureItselfAndReachedIsItsShareOfTheTarget() {
        Progress progress = Progress.of(TargetUnit.COUNT, new BigDecimal("30"), Measure.of(8), false);
        assertEquals(new BigDecimal("8"), progress.actual());
        assertEquals(new BigDecimal("26.7"), progress.reached());
        assertEquals(State.IN_PROGRESS, progress.state());
        assertEquals(27, progress.bar());
    }

    @Test
    void aShareHasOneDecimalHalfUp() {
        Progress progress = Progress.of(TargetUnit.PERCENT, new BigDecimal("100.0"), Measure.share(2, 3), false);
        assertEquals(new BigDecimal("66.7"), progress.actual());
        assertEquals(new BigDecimal("66.7"), progress.reached());
        assertEquals(State.IN_PROGRESS, progress.state());
        assertEquals(new BigDecimal("0.5"), Progress.of(TargetUnit.PERCENT, BigDecimal.TEN, Measure.share(1, 200), false).actual());
    }

    @Test
    void aShareOfNothingHasNoData() {
        Progress progress = Progress.of(TargetUnit.PERCENT, new BigDecimal("100"), Measure.share(0, 0), true);
        assertNull(progress.actual());
        assertNull(progress.reached());
        assertEquals(State.NO_DATA, progress.state());
        assertEquals(0, progress.bar());
    }

    @Test
    void metOnceTheActualIsAtLeastTheTargetEvenBeyondIt() {
        assertEquals(State.MET, Progress.of(TargetUnit.COUNT, new BigDecimal("30"), Measure.of(30), false).state());
        Progress beyond = Progress.of(TargetUnit.COUNT, new BigDecimal("30"), Measure.of(45), true);
        assertEquals(State.MET, beyond.state());
        assertEquals(new BigDecimal("150.0"), beyond.reached());
        assertEquals(100, beyond.bar());
    }

    @Test
    void missedOnceTheYearIsOverWithoutReachingIt() {
        assertEquals(State.MISSED, Progress.of(TargetUnit.VND, new BigDecimal("500000000"), Measure.of(499_999_999L), true).state());
        assertEquals(new BigDecimal("99.9"), Progress.of(TargetUnit.VND, new BigDecimal("500000000"), Measure.of(499_999_999L), true).reached(),
                "short of the target: never shown as 100 %");
    }

    @Test
    void aTargetOfZeroIsReachedByAnything() {
        Progress progress = Progress.of(TargetUnit.COUNT, BigDecimal.ZERO, Measure.of(0), true);
        assertEquals(State.MET, progress.state());
        assertEquals(new BigDecimal("100.0"), progress.reached());
    }

    @Test
    void aMeasuredShareComparesWithItsTarget() {
        assertEquals(State.MET, Progress.of(new BigDecimal("80"), new BigDecimal("80.0"), false).state());
        assertEquals(State.IN_PROGRESS, Progress.of(new BigDecimal("80"), new BigDecimal("79.9"), false).state());
        assertEquals(State.NO_DATA, Progress.of(new BigDecimal("80"), null, false).state());
    }

    @Test
    void aShareIsComparedExactlyAndRoundedOnlyToBeShown() {
        Progress almost = Progress.ofShare(new BigDecimal("100"), new Share(2000, 2001), true);
        assertEquals(State.MISSED, almost.state(), "2,000 of 2,001 is 99.95 %: short of 100 %");
        assertEquals(new BigDecimal("99.9"), almost.actual(), "shown 99.9, never 100.0 while somebody is missing");
        assertEquals(new BigDecimal("99.9"), almost.reached());
        assertEquals(State.IN_PROGRESS, Progress.ofShare(new BigDecimal("100"), new Share(2000, 2001), false).state());
        Progress all = Progress.ofShare(new BigDecimal("100"), new Share(2001, 2001), false);
        assertEquals(State.MET, all.state());
        assertEquals(new BigDecimal("100.0"), all.actual());
        assertEquals(new BigDecimal("100.0"), all.reached());
        assertEquals(State.NO_DATA, Progress.ofShare(new BigDecimal("100"), null, false).state());

        Progress measured = Progress.of(TargetUnit.PERCENT, new BigDecimal("80"), Measure.share(1599, 1999), true);
        assertEquals(State.MISSED, measured.state(), "79.99 % of a plan's 80 % target");
        assertEquals(new BigDecimal("80.0"), measured.actual(), "shown rounded");
        assertEquals(new BigDecimal("99.9"), measured.reached());
        assertEquals(State.MET, Progress.of(TargetUnit.PERCENT, new BigDecimal("80"), Measure.share(1600, 2000), true).state());
        assertEquals(State.MET, Progress.of(TargetUnit.PERCENT, new BigDecimal("12.5"), Measure.share(1, 8), true).state());
        assertEquals(State.MISSED, Progress.of(TargetUnit.PERCENT, new BigDecimal("12.51"), Measure.share(1, 8), true).state());
    }
}
