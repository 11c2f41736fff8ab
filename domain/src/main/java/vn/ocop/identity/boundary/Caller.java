package vn.ocop.identity.boundary;

import vn.ocop.identity.entity.Role;

/** The signed-in user as the layout, the API and other capabilities need them. */
public record Caller(String username, String name, Role role, Long unitId, String unitCode, String unitName,
                     String locale) {
}
