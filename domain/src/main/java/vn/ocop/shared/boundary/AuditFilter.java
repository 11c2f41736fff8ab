package vn.ocop.shared.boundary;

import java.time.LocalDate;

/** What an administrator narrows the audit log by; every part is optional. */
public record AuditFilter(String actor, String action, String entityType, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
