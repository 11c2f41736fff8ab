package vn.ocop.certification;

import org.junit.jupiter.api.Test;
import vn.ocop.certification.control.NoticeRule;
import vn.ocop.certification.control.NoticeState;
import vn.ocop.certification.control.Validity;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the expiry notice falls due, when it is overdue, and when a notice is late. */
class NoticeRuleTest {

    /** Signed 05/12/2019: valid to 04/12/2022 inclusive. */
    private static final Validity VALIDITY = Validity.fromSigning(LocalDate.of(2019, 12, 5));
    private static final LocalDate LAST_DAY = LocalDate.of(2022, 12, 4);
    private static final NoticeRule DEFAULT = new NoticeRule(NoticeRule.DEFAULT_LEAD_DAYS);

    @Test
    void theNoticeFallsDueSixtyDaysBeforeTheLastDayByDefault() {
        assertEquals(LAST_DAY, VALIDITY.until());
        assertEquals(LocalDate.of(2022, 10, 5), DEFAULT.dueFrom(VALIDITY), "60 days before 04/12/2022");
        assertEquals(NoticeState.NOT_DUE, DEFAULT.state(VALIDITY, LocalDate.of(2022, 10, 4), false, null), "61 days left");
        assertEquals(NoticeState.DUE, DEFAULT.state(VALIDITY, LocalDate.of(2022, 10, 5), false, null), "60 days left");
        assertEquals(NoticeState.NOT_DUE, new NoticeRule(45).state(VALIDITY, LocalDate.of(2022, 10, 5), false, null),
                "a lead of 45 days");
        assertEquals(NoticeState.DUE, new NoticeRule(45).state(VALIDITY, LocalDate.of(2022, 10, 20), false, null));
    }

    @Test
    void theLastDayOnTimeIsThirtyDaysBeforeTheLastDayOfValidity() {
        assertEquals(LocalDate.of(2022, 11, 4), NoticeRule.deadline(VALIDITY));
        assertEquals(NoticeState.DUE, DEFAULT.state(VALIDITY, LocalDate.of(2022, 11, 4), false, null), "30 days left: still on time");
        assertEquals(NoticeState.OVERDUE, DEFAULT.state(VALIDITY, LocalDate.of(2022, 11, 5), false, null), "29 days left");
        assertEquals(NoticeState.OVERDUE, DEFAULT.state(VALIDITY, LAST_DAY, false, null), "the last day of validity");
        assertEquals(NoticeState.NONE, DEFAULT.state(VALIDITY, LAST_DAY.plusDays(1), false, null), "expired");
        assertEquals(NoticeState.NONE, DEFAULT.state(VALIDITY, LocalDate.of(2022, 11, 1), true, null), "revoked");
    }

    @Test
    void aNoticeRecordedLaterThanThirtyDaysBeforeTheEndIsLate() {
        assertFalse(NoticeRule.late(VALIDITY, LocalDate.of(2022, 11, 4)));
        assertTrue(NoticeRule.late(VALIDITY, LocalDate.of(2022, 11, 5)));
        assertEquals(NoticeState.SENT, DEFAULT.state(VALIDITY, LocalDate.of(2022, 11, 20), false, LocalDate.of(2022, 11, 4)));
        assertEquals(NoticeState.SENT_LATE, DEFAULT.state(VALIDITY, LocalDate.of(2022, 11, 20), false, LocalDate.of(2022, 11, 5)));
        assertEquals(NoticeState.SENT_LATE, DEFAULT.state(VALIDITY, LAST_DAY.plusDays(10), false, LocalDate.of(2022, 12, 1)),
                "the mark stays once the certificate expired");
        assertEquals(NoticeState.SENT, DEFAULT.state(VALIDITY, LocalDate.of(2022, 9, 1), false, LocalDate.of(2022, 9, 1)),
                "a notice before it falls due is on time");
        assertTrue(NoticeState.DUE.pending());
        assertTrue(NoticeState.OVERDUE.pending());
        assertFalse(NoticeState.SENT_LATE.pending());
    }

    @Test
    void theLeadIsAServerSettingBetweenThirtyAndAYear() {
        assertEquals(60, NoticeRule.of(null).leadDays());
        assertEquals(60, NoticeRule.of(" ").leadDays());
        assertEquals(90, NoticeRule.of(" 90 ").leadDays());
        assertEquals(30, NoticeRule.of("30").leadDays());
        assertEquals(365, NoticeRule.of("365").leadDays());
        assertEquals(60, NoticeRule.of("29").leadDays(), "shorter than the law's 30 days: the default");
        assertEquals(60, NoticeRule.of("366").leadDays());
        assertEquals(60, NoticeRule.of("sixty").leadDays());
        assertThrows(IllegalArgumentException.class, () -> new NoticeRule(29));
        assertEquals("ocop.notice.lead-days", NoticeRule.PROPERTY);
    }
}
