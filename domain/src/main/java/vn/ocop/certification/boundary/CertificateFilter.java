package vn.ocop.certification.boundary;

import vn.ocop.certification.entity.CertificateStatus;

import java.io.Serializable;

/**
 * Which certificates to list: by number, product or producer (ignoring diacritics and case), commune, state on the
 * day and decision; null for no condition.
 */
public record CertificateFilter(String text, Long communeId, CertificateStatus status, Long decisionId) implements Serializable {

    public static CertificateFilter all() {
        return new CertificateFilter(null, null, null, null);
    }
}
