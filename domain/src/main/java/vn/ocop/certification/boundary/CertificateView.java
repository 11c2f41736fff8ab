package vn.ocop.certification.boundary;

import java.io.Serializable;

import vn.ocop.certification.control.NoticeRule;
import vn.ocop.certification.control.NoticeState;
import vn.ocop.certification.control.Validity;
import vn.ocop.certification.entity.Certificate;
import vn.ocop.certification.entity.CertificateStatus;

import java.time.LocalDate;

/**
 * A certificate in a list: as printed, its state on the day asked, its decision, and its expiry notice: whether one was
 * sent (the first one's day), its state ({@link NoticeRule}), the day it falls due and the last day on which it is on
 * time; whether it confers its class (false: a recognition at the issuing body's own level, its stars the proposal).
 */
public record CertificateView(long id, String number, long productId, String product, String producer, String address,
                              Long communeId, int stars, LocalDate validFrom, LocalDate validUntil, CertificateStatus status,
                              long decisionId, String decisionNumber, boolean noticeSent, NoticeState noticeState,
                              LocalDate noticeDueFrom, LocalDate noticeDeadline, LocalDate noticeSentOn, boolean confersClass) implements Serializable {

    static CertificateView of(Certificate c, LocalDate today, LocalDate firstNoticeOn, NoticeRule rule) {
        Validity validity = c.validity();
        return new CertificateView(c.getId(), c.getNumber(), c.getProductId(), c.getSnapshot().getProductName(), c.getSnapshot().getProducerName(),
                c.getSnapshot().getAddress(), c.getCommuneId(), c.getStars(), c.getValidFrom(), c.getValidUntil(), c.statusOn(today),
                c.getDecision().getId(), c.getDecision().getNumber(), firstNoticeOn != null,
                rule.state(validity, today, c.ended(), firstNoticeOn), rule.dueFrom(validity),
                NoticeRule.deadline(validity), firstNoticeOn, c.confersClass());
    }
}
