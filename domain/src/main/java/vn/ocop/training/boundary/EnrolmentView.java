package vn.ocop.training.boundary;

import vn.ocop.training.control.CompletionRule;
import vn.ocop.training.entity.AttendanceStatus;
import vn.ocop.training.entity.Audience;
import vn.ocop.training.entity.Enrolment;
import vn.ocop.training.entity.Outcome;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** A participant of a course: who, where from, the mark of each session (by session id), the standing. */
public record EnrolmentView(Long id, String personKey, String name, Audience audience, String organisation,
                            String unitName, Map<Long, AttendanceStatus> attendance, int attended, int sessions,
                            BigDecimal percent, Outcome outcome, boolean completed, String certificateNumber,
                            LocalDate certifiedOn, long version) implements Serializable {

    static EnrolmentView of(Enrolment e) {
        CompletionRule.Standing standing = e.standing();
        String unit = e.getUnit() == null ? null : e.getUnit().getName();
        return new EnrolmentView(e.getId(), e.personKey(), e.getName(), e.getAudience(),
                e.getProducer() == null ? unit : e.getProducer().getName(), unit, new HashMap<>(e.getAttendance()),
                standing.attended(), standing.sessions(), standing.percent(), e.getOutcome(), e.isCompleted(),
                e.getCertificateNumber(), e.getCertifiedOn(), e.getVersion());
    }

    public boolean isCertified() {
        return certificateNumber != null;
    }
}
