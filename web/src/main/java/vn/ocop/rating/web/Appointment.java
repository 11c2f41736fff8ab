package vn.ocop.rating.web;

import vn.ocop.rating.entity.MemberRole;

import java.io.Serializable;

/** What the member and advisor dialogs hold. */
public class Appointment implements Serializable {
    private static final long serialVersionUID = 1L;
    Long userId;
    MemberRole role;
    boolean lead;
    String position;

    void clear(MemberRole defaultRole) {
        userId = null;
        role = defaultRole;
        lead = false;
        position = null;
    }

    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
    public MemberRole getRole() { return role; }
    public void setRole(MemberRole role) { this.role = role; }
    public boolean isLead() { return lead; }
    public void setLead(boolean lead) { this.lead = lead; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
}
