package vn.ocop.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.ocop.shared.boundary.AuditFilter;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.entity.AuditEntry;

import java.io.Serializable;
import java.time.LocalDate;

/** The audit log for administrators, newest first, filtered by actor, action and dates. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail audit;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private PagedList<AuditEntry> list;

    @PostConstruct
    void init() {
        list = new PagedList<>((first, size) -> audit.search(new AuditFilter(actor, action, null, from, to), first, size),
                AuditEntry::getId);
    }

    public String[] getActions() {
        return new String[] {"LOGIN_SUCCESS", "LOGIN_FAILURE", "LOGIN_LOCKED", "LOGOUT", "USER_CREATED", "USER_UPDATED",
            "USER_PASSWORD_RESET", "USER_PASSWORD_CHANGED", "USER_UNLOCKED", "UNITS_IMPORTED"};
    }

    public PagedList<AuditEntry> getList() {
        return list;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
