package vn.ocop.certification.boundary;

import vn.ocop.certification.entity.CertificateStatus;

import vn.ocop.certification.control.NoticeState;

import java.io.Serializable;

/**
 * Which certificates to list: by number, product or producer (ignoring diacritics and case), commune, state on the
 * day, decision and the state of their expiry notice (DUE or OVERDUE: the notices still to send); null for no
 * condition.
 */
public record CertificateFilter(String text, Long communeId, CertificateStatus status, Long decisionId, NoticeState notice)
        implements Serializable {

    public CertificateFilter(String text, Long communeId, CertificateStatus status, Long decisionId) {
        this(text, communeId, status, decisionId, null);
    }

    public static CertificateFilter all() {
        return new CertificateFilter(null, null, null, null, null);
    }
}
