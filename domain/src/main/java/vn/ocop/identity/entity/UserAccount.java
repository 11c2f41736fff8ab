package vn.ocop.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitLevel;
import vn.ocop.identity.control.AccountStamp;
import vn.ocop.identity.control.PasswordHash;
import vn.ocop.identity.control.PasswordPolicy;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.entity.Auditable;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person who signs in. Holds the lockout rule: {@value #MAX_FAILURES} failed sign-ins within
 * {@link #FAILURE_WINDOW} lock the account for {@link #LOCK_DURATION}; an administrator may
 * unlock it earlier. A commune officer must work for a commune-level unit.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = UserAccount.COUNT_BY_ROLE, query = "SELECT u.role, COUNT(u) FROM UserAccount u WHERE u.enabled = TRUE GROUP BY u.role")
@NamedQuery(name = UserAccount.STAMP_STATE, query = "SELECT NEW vn.ocop.identity.entity.AccountState(u.enabled, u.role, un.id, u.passwordHash)"
        + " FROM UserAccount u LEFT JOIN u.unit un WHERE u.username = :username")
@NamedQuery(name = UserAccount.COUNT_ADMINS, query = "SELECT COUNT(u) FROM UserAccount u WHERE u.role = vn.ocop.identity.entity.Role.ADMIN")
public class UserAccount implements Auditable {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String COUNT_BY_ROLE = "UserAccount.countByRole";
    public static final String COUNT_ADMINS = "UserAccount.countAdmins";
    public static final String STAMP_STATE = "UserAccount.stampState";

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");

    @Id
    @SequenceGenerator(name = "seq_user_account", sequenceName = "seq_user_account", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_user_account")
    private Long id;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String username;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private AdministrativeUnit unit;

    @Column(length = 120)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false, length = 5)
    private String locale = "vi";

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "first_failure_at")
    private LocalDateTime firstFailureAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, Role role, AdministrativeUnit unit, char[] password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw BusinessException.onField("username", "identity.username.format");
        }
        this.username = username;
        this.fullName = fullName;
        assign(role, unit);
        changePassword(password);
    }

    /** Gives the user a role and the unit they work for; a commune officer needs a commune. */
    public final void assign(Role role, AdministrativeUnit unit) {
        if (role == null) {
            throw BusinessException.onField("role", "error.required");
        }
        if (role == Role.COMMUNE && (unit == null || unit.getLevel() != UnitLevel.COMMUNE)) {
            throw BusinessException.onField("unit", "identity.unit.communeRequired");
        }
        this.role = role;
        this.unit = unit;
    }

    public final void changePassword(char[] password) {
        PasswordPolicy.check(username, password);
        this.passwordHash = PasswordHash.hash(password);
    }

    public boolean passwordMatches(char[] password) {
        return PasswordHash.matches(password, passwordHash);
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Records a sign-in through the login page (machine clients leave the account untouched). */
    public void loginSucceeded(LocalDateTime now) {
        failedLogins = 0;
        firstFailureAt = null;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** What a session keeps of this account's rights (see {@link AccountStamp}). */
    public String sessionStamp() {
        return AccountStamp.of(role.name(), unit == null ? null : unit.getId(), passwordHash);
    }

    public void unlock() {
        failedLogins = 0;
        firstFailureAt = null;
        lockedUntil = null;
    }

    public void rename(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw BusinessException.onField("fullName", "error.required");
        }
        this.fullName = fullName;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void preferLocale(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? "en" : "vi";
    }

    @Override
    public String auditType() {
        return "UserAccount";
    }

    @Override
    public Object auditId() {
        return username;
    }

    @Override
    public String auditState() {
        return "fullName=" + fullName + "; role=" + role + "; unit=" + (unit == null ? "-" : unit.getCode())
                + "; email=" + (email == null ? "-" : email) + "; enabled=" + enabled
                + "; locked=" + (lockedUntil != null);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLocale() {
        return locale;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
