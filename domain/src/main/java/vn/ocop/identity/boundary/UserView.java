package vn.ocop.identity.boundary;

import java.io.Serializable;

import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;

import java.time.LocalDateTime;

/** A user as lists and the API show it: never the password hash. */
public record UserView(Long id, String username, String fullName, Role role, Long unitId, String unitName,
                       String email, boolean enabled, boolean locked, LocalDateTime lastLoginAt, String locale,
                       long version) implements Serializable {

    static UserView of(UserAccount user, LocalDateTime now) {
        return new UserView(user.getId(), user.getUsername(), user.getFullName(), user.getRole(),
                user.getUnit() == null ? null : user.getUnit().getId(),
                user.getUnit() == null ? null : user.getUnit().getName(), user.getEmail(), user.isEnabled(),
                user.isLocked(now), user.getLastLoginAt(), user.getLocale(), user.getVersion());
    }
}
