package vn.ocop.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;

/**
 * A value that must be unique (a tax code…) is checked before it is stored, but two people can
 * store the same value at the same moment; the database's unique constraint then decides. This
 * turns that refusal into the same business message as the check, instead of an error page.
 */
public final class UniqueValues {

    /** SQLSTATE of a unique-constraint violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueValues() {
    }

    /** Flushes; a unique-constraint violation becomes the given rule. */
    public static void flush(EntityManager em, BusinessException ifTaken) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw ifTaken;
            }
            throw e;
        }
    }

    public static boolean isUniqueViolation(Throwable thrown) {
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
