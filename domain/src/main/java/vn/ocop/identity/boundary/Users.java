package vn.ocop.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import vn.ocop.geography.control.UnitCoverage;
import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitSuccession;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.shared.boundary.AuditTrail;
import vn.ocop.shared.boundary.Page;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.VietnameseText;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** User administration (administrators) and the caller's own account (everyone signed in). */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Users {

    /** The name under which the application itself acts (see {@link #me()}). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CallerOfRequest request;

    public Page<UserView> list(String query, Role role, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserAccount> rows = cb.createQuery(UserAccount.class);
        Root<UserAccount> user = rows.from(UserAccount.class);
        rows.where(conditions(cb, user, query, role)).orderBy(cb.asc(user.get("username")));
        TypedQuery<UserAccount> page = em.createQuery(rows).setFirstResult(first).setMaxResults(size);

        LocalDateTime now = now();
        return new Page<>(page.getResultList().stream().map(u -> UserView.of(u, now)).toList(),
                Page.count(em, UserAccount.class, (builder, counting, counted) -> conditions(builder, counted, query, role)));
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<UserAccount> user, String query, Role role) {
        List<Predicate> where = new ArrayList<>();
        String text = VietnameseText.normalise(query);
        if (text != null) {
            String like = "%" + text.toLowerCase(Locale.ROOT) + "%";
            where.add(cb.or(cb.like(user.get("username"), like), cb.like(cb.lower(user.get("fullName")), like)));
        }
        if (role != null) {
            where.add(cb.equal(user.get("role"), role));
        }
        return where.toArray(Predicate[]::new);
    }

    public UserView find(long id) {
        return UserView.of(load(id), now());
    }

    public UserView create(UserForm form, char[] password) {
        String username = VietnameseText.normalise(form.getUsername());
        if (username != null && !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultList().isEmpty()) {
            throw BusinessException.onField("username", "identity.username.taken");
        }
        UserAccount user = new UserAccount(username, name(form), form.getRole(), unit(form.getUnitId()), password);
        user.setEmail(VietnameseText.normalise(form.getEmail()));
        user.setEnabled(form.isEnabled());
        em.persist(user);
        audit.change("USER_CREATED", user, null, null);
        return UserView.of(user, now());
    }

    public UserView update(long id, UserForm form) {
        UserAccount user = load(id);
        Records.requireVersion(user.getVersion(), form.getVersion());
        String before = user.auditState();
        if (user.getUsername().equals(caller()) && (form.getRole() != Role.ADMIN || !form.isEnabled())) {
            throw BusinessException.onField("role", "identity.selfDemotion");
        }
        user.rename(name(form));
        user.assign(form.getRole(), unit(form.getUnitId()));
        user.setEmail(VietnameseText.normalise(form.getEmail()));
        user.setEnabled(form.isEnabled());
        audit.change("USER_UPDATED", user, before, null);
        return UserView.of(user, now());
    }

    public void resetPassword(long id, char[] password) {
        UserAccount user = load(id);
        user.changePassword(password);
        user.unlock();
        audit.change("USER_PASSWORD_RESET", user, user.auditState(), null);
    }

    public void unlock(long id) {
        UserAccount user = load(id);
        String before = user.auditState();
        user.unlock();
        audit.change("USER_UNLOCKED", user, before, null);
    }

    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.COUNCIL, Roles.COMMUNE, Roles.LEADER})
    public Caller me() {
        String username = caller();
        Caller kept;
        try {
            kept = request.caller(username, () -> account(username));
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            kept = account(username); // outside a request (start-up tasks): read each time
        }
        return kept == null ? system() : kept;
    }

    /** The caller of an account, or null when no account has the name (the application itself, see {@link #system}). */
    private Caller account(String username) {
        UserAccount user = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (user == null) {
            return null;
        }
        AdministrativeUnit unit = user.getUnit();
        return new Caller(user.getUsername(), user.getFullName(), user.getRole(),
                unit == null ? null : unit.getId(), unit == null ? null : unit.getCode(),
                unit == null ? null : unit.getName(), user.getLocale(),
                user.getRole() == Role.COMMUNE ? covered(unit) : Set.of());
    }

    /** The units the commune covers: the rule is {@link UnitCoverage}; this reads the successions leading to it. */
    private Set<Long> covered(AdministrativeUnit unit) {
        if (unit == null) {
            return Set.of();
        }
        List<UnitSuccession> successions = new ArrayList<>();
        Set<Long> reached = new HashSet<>(Set.of(unit.getId()));
        Set<Long> frontier = Set.of(unit.getId());
        while (!frontier.isEmpty()) {
            List<UnitSuccession> found = em.createQuery("SELECT s FROM UnitSuccession s JOIN FETCH s.predecessor"
                    + " JOIN FETCH s.successor WHERE s.successor.id IN :ids", UnitSuccession.class)
                    .setParameter("ids", frontier).getResultList();
            successions.addAll(found);
            frontier = found.stream().map(s -> s.getPredecessor().getId()).filter(reached::add).collect(Collectors.toSet());
        }
        return UnitCoverage.covered(unit, successions);
    }

    /**
     * A caller without an account is the application itself running as a role (demonstration
     * data, start-up tasks: {@code @RunAs}); real users always have an account, since only
     * accounts can sign in.
     */
    private Caller system() {
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                return new Caller(SYSTEM, "Hệ thống", role, null, null, null, "vi");
            }
        }
        throw Records.notFound();
    }

    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.COUNCIL, Roles.COMMUNE, Roles.LEADER})
    public void preferLocale(Locale locale) {
        byUsername(caller()).preferLocale(locale);
        try {
            request.forget();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            // outside a request nothing is kept
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.COUNCIL, Roles.COMMUNE, Roles.LEADER})
    public void changeOwnPassword(char[] current, char[] replacement) {
        UserAccount user = byUsername(caller());
        if (!user.passwordMatches(current)) {
            throw BusinessException.onField("current", "identity.password.wrongCurrent");
        }
        user.changePassword(replacement);
        audit.change("USER_PASSWORD_CHANGED", user, user.auditState(), null);
    }

    /** Active users per role, every role present (zero when none). */
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.COUNCIL, Roles.COMMUNE, Roles.LEADER})
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        for (Object[] row : em.createNamedQuery(UserAccount.COUNT_BY_ROLE, Object[].class).getResultList()) {
            counts.put((Role) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private UserAccount load(long id) {
        return Records.find(em, UserAccount.class, id);
    }

    private UserAccount byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst()
                .orElseThrow(Records::notFound);
    }

    private AdministrativeUnit unit(Long unitId) {
        if (unitId == null) {
            return null;
        }
        AdministrativeUnit unit = em.find(AdministrativeUnit.class, unitId);
        if (unit == null) {
            throw BusinessException.onField("unit", "error.notFound");
        }
        return unit;
    }

    private static String name(UserForm form) {
        return VietnameseText.required("fullName", form.getFullName(), 120);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
