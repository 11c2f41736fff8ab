package vn.ocop.shared.control;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application's one datasource, which the server provides (the EAR holds no database address).
 * Payara binds it at {@code jdbc/ocop}, WildFly at {@code java:/jdbc/ocop}; the persistence unit
 * names the same resource.
 */
public final class DataSources {

    static final String[] NAMES = {"jdbc/ocop", "java:/jdbc/ocop"};

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
}
