package vn.ocop.training.control;

import vn.ocop.shared.control.BusinessException;
import vn.ocop.training.entity.AttendanceStatus;
import vn.ocop.training.entity.Outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * When a participant completed a course: they attended at least {@code minAttendancePercent} % of
 * its sessions (present or late; absent and excused do not count) and, where the course requires
 * it, passed the final assessment. A course without sessions is completed by nobody. The default
 * is 80 % and a pass.
 */
public record CompletionRule(int minAttendancePercent, boolean passRequired) {

    public static final int DEFAULT_ATTENDANCE = 80;
    public static final CompletionRule DEFAULT = new CompletionRule(DEFAULT_ATTENDANCE, true);

    public CompletionRule {
        if (minAttendancePercent < 0 || minAttendancePercent > 100) {
            throw BusinessException.onField("minAttendance", "training.course.attendanceRange");
        }
    }

    /** The participant's standing: sessions attended out of the course's, the percentage, completed. */
    public record Standing(int attended, int sessions, BigDecimal percent, boolean completed) {
    }

    /** @param marks the participant's marks, one per session at most (sessions without a mark count as not attended) */
    public Standing evaluate(int sessions, Collection<AttendanceStatus> marks, Outcome outcome) {
        int attended = (int) marks.stream().filter(m -> m != null && m.attended()).count();
        attended = Math.min(attended, sessions);
        BigDecimal percent = sessions == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(attended * 100L).divide(BigDecimal.valueOf(sessions), 1, RoundingMode.HALF_UP);
        boolean enough = sessions > 0 && attended * 100L >= (long) minAttendancePercent * sessions;
        boolean passed = !passRequired || outcome == Outcome.PASSED;
        return new Standing(attended, sessions, percent, enough && passed);
    }
}
