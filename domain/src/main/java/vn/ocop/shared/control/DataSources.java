package vn.ocop.shared.control;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.Optional;

/**
 * The datasources the server provides (the EAR holds no database address). The application's own one: Payara binds
 * it at {@code jdbc/ocop}, WildFly at {@code java:/jdbc/ocop}; the persistence unit names the same resource. On
 * PostgreSQL a second one, the schema owner's ({@code jdbc/ocop-owner}, {@code java:/jdbc/ocop-owner}), is used by the
 * migrations only; where it is not configured (H2, or one role for everything) the migrations use the first.
 */
public final class DataSources {

    static final String[] NAMES = {"jdbc/ocop", "java:/jdbc/ocop"};
    static final String[] OWNER_NAMES = {"jdbc/ocop-owner", "java:/jdbc/ocop-owner"};

    private DataSources() {
    }

    public static DataSource ocop() {
        NamingException last = null;
        for (String name : NAMES) {
            try {
                return (DataSource) new InitialContext().lookup(name);
            } catch (NamingException e) {
                last = e;
            }
        }
        throw new IllegalStateException("No datasource at jdbc/ocop or java:/jdbc/ocop: configure the server (config/)", last);
    }

    /** The schema owner's datasource, when the server has one. */
    public static Optional<DataSource> owner() {
        for (String name : OWNER_NAMES) {
            try {
                return Optional.of((DataSource) new InitialContext().lookup(name));
            } catch (NamingException e) {
                // not configured under this name
            }
        }
        return Optional.empty();
    }
}
