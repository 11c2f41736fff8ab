package vn.ocop.identity.boundary;

import vn.ocop.identity.entity.Role;

/** Who calls with a valid token: the owner, their role now, and whether the token may write. */
public record TokenCaller(String username, Role role, boolean mayWrite) {
}
