package vn.ocop.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.entity.Role;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The one-time creation of the first administrator of a production server, which has no account
 * and no default password. While no administrator exists, a random setup code is written to the
 * server log; whoever can read the log (IT staff) enters it on the setup page with the new
 * administrator's details. Once an administrator exists, setup is closed for good.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@RunAs(Roles.ADMIN)
@PermitAll
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @PersistenceContext
    EntityManager em;

    @Inject
    Users users;

    private String code;

    @PostConstruct
    void announce() {
        if (isNeeded()) {
            SecureRandom random = new SecureRandom();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            code = text.toString();
            LOG.warning("No administrator yet. OCOP first-administrator setup code: " + code
                    + " (open /ocop/setup.xhtml)");
        }
    }

    /** Whether the server still waits for its first administrator. */
    public boolean isNeeded() {
        return em.createNamedQuery(UserAccount.COUNT_ADMINS, Long.class).getSingleResult() == 0;
    }

    public UserView create(String setupCode, UserForm form, char[] password) {
        if (!isNeeded()) {
            throw Records.notFound();
        }
        if (code == null || setupCode == null || !MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                setupCode.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
            throw BusinessException.onField("code", "setup.wrongCode");
        }
        form.setRole(Role.ADMIN);
        form.setEnabled(true);
        UserView admin = users.create(form, password);
        code = null;
        LOG.info(() -> "First administrator " + admin.username() + " created; setup is closed");
        return admin;
    }
}
