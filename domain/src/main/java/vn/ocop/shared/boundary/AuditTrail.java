package vn.ocop.shared.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.ocop.shared.entity.AuditEntry;
import vn.ocop.shared.entity.Auditable;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit log. Boundaries write to it inside their own transaction, so an entry
 * exists exactly when the change does; only administrators read it.
 */
@Stateless
public class AuditTrail {

    public static final String ANONYMOUS = "anonymous";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    Event<RecordChanged> changes;

    /** Records a change of a record made by the current caller. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void change(String action, Auditable record, String before, String reason) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), caller(), action, record.auditType(),
                String.valueOf(record.auditId()), before, record.auditState(), reason, null));
        changes.fire(new RecordChanged(action, record.auditType()));
    }

    /**
     * Records an act of the current caller that changes no one record (an import, a batch), with what it did, in the
     * caller's transaction.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void event(String action, String detail) {
        event(caller(), action, detail, null);
    }

    /** Records an event that is not a change of a record (a login, a failed login). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void event(String actor, String action, String detail, String clientAddress) {
        em.persist(new AuditEntry(LocalDateTime.now(clock), actor, action, null, null, null, detail, null,
                clientAddress));
        if (!action.startsWith("LOGIN") && !action.startsWith("LOGOUT")) {
            changes.fire(new RecordChanged(action, null));
        }
    }

    @RolesAllowed("ADMIN")
    public Page<AuditEntry> search(AuditFilter filter, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(conditions(cb, entry, filter)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        TypedQuery<AuditEntry> rows = em.createQuery(query).setFirstResult(first).setMaxResults(size);

        return new Page<>(rows.getResultList(),
                Page.count(em, AuditEntry.class, (builder, counting, counted) -> conditions(builder, counted, filter)));
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> where = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add(cb.like(cb.lower(entry.get("actor")), "%" + filter.actor().strip().toLowerCase() + "%"));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add(cb.equal(entry.get("action"), filter.action()));
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.add(cb.equal(entry.get("entityType"), filter.entityType()));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), filter.to().plusDays(1).atStartOfDay()));
        }
        return where.toArray(Predicate[]::new);
    }

    private String caller() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? ANONYMOUS : name;
    }
}
