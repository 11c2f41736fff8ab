package vn.ocop.shared.entity;

/**
 * A record whose changes are audited: it names itself and describes its state in a short,
 * stable text (key=value; …) that the audit log keeps as "before" and "after".
 */
public interface Auditable {

    String auditType();

    Object auditId();

    String auditState();
}
