package vn.ocop.identity.entity;

import vn.ocop.identity.control.AccountStamp;

/** An account's rights as the database holds them now, read for every signed-in request (no entity, no cache). */
public record AccountState(Boolean enabled, Role role, Long unitId, String passwordHash) {

    /** The stamp a session of this account must carry, or null when the account may not be used. */
    public String stamp() {
        return Boolean.TRUE.equals(enabled) ? AccountStamp.of(role.name(), unitId, passwordHash) : null;
    }
}
