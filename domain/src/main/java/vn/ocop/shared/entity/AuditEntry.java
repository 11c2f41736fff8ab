package vn.ocop.shared.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * One line of the append-only audit log: who did what, when, to which record, with the record's
 * state before and after. Entries are only ever inserted; no column can be updated.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.COUNT_BY_ACTION, query = "SELECT COUNT(a) FROM AuditEntry a WHERE a.action = :action")
public class AuditEntry implements Serializable {

    public static final String COUNT_BY_ACTION = "AuditEntry.countByAction";
    public static final int MAX_STATE = 8000;

    @Id
    @SequenceGenerator(name = "seq_audit_entry", sequenceName = "seq_audit_entry", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_audit_entry")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "entity_type", updatable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 60)
    private String entityId;

    @Column(name = "state_before", updatable = false, length = MAX_STATE)
    private String before;

    @Column(name = "state_after", updatable = false, length = MAX_STATE)
    private String after;

    @Column(updatable = false, length = 500)
    private String reason;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    protected AuditEntry() {
    }

    public AuditEntry(LocalDateTime occurredAt, String actor, String action, String entityType, String entityId,
                      String before, String after, String reason, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.before = cut(before);
        this.after = cut(after);
        this.reason = reason;
        this.clientAddress = clientAddress;
    }

    private static String cut(String state) {
        return state == null || state.length() <= MAX_STATE ? state : state.substring(0, MAX_STATE - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getReason() {
        return reason;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
