package vn.ocop.identity.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.entity.Auditable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a boundary needs about the act it performs: who is acting (their scope), the time in Vietnam's zone, and the
 * audit entry of the change. Injected into the boundary and used inside its transaction and under its roles: it adds
 * neither (a plain CDI bean, holding no persistence context).
 */
@Dependent
public class Acting {

    @Inject
    Users users;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The caller, with the units they reach. */
    public Caller caller() {
        return users.me();
    }

    /** Now, in Vietnam's time. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Today, in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records the change of a record by the caller, in the boundary's transaction. */
    public void audit(String action, Auditable record, String before, String reason) {
        audit.change(action, record, before, reason);
    }

    /** Records an act of the caller that changes no one record (an import, a batch), with what it did. */
    public void event(String action, String detail) {
        audit.event(caller().username(), action, detail, null);
    }
}
