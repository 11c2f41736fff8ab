package vn.ocop.certification.boundary;

import java.io.Serializable;

import java.util.List;

/** The certificates of a commune that expire within the days asked, soonest first. */
public record ExpiringView(Long communeId, String commune, List<CertificateView> certificates) implements Serializable {
}
