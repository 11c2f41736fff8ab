package vn.ocop.identity.boundary;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ocop.identity.entity.Role;

/**
 * What an administrator types to create or edit a user. The password is only used on creation;
 * the version guards an edit against a concurrent one.
 */
public class UserForm implements Serializable {

    @NotBlank
    @Pattern(regexp = "[a-z][a-z0-9._-]{2,39}", message = "{identity.username.format}")
    private String username;

    @NotBlank
    @Size(max = 120)
    private String fullName;

    @NotNull
    private Role role;

    private Long unitId;

    @Email
    @Size(max = 120)
    private String email;

    private boolean enabled = true;

    private long version;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    /** A form for a new, enabled account. */
    public static UserForm of(String username, String fullName, Role role, Long unitId) {
        UserForm form = new UserForm();
        form.username = username;
        form.fullName = fullName;
        form.role = role;
        form.unitId = unitId;
        return form;
    }

    public static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.fullName = user.fullName();
        form.role = user.role();
        form.unitId = user.unitId();
        form.email = user.email();
        form.enabled = user.enabled();
        form.version = user.version();
        return form;
    }
}
