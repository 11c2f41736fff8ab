package vn.ocop.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else runs: the versioned migrations in
 * {@code db/migration} are the only way the schema changes, on H2 and on PostgreSQL alike; PostgreSQL also runs those
 * of {@code db/postgresql}, which only it understands.
 *
 * <p>On PostgreSQL the schema belongs to an owner role, which migrates through its own datasource
 * ({@link DataSources#owner()}); the application's datasource connects as the runtime role, which after each
 * migration is given the rights to read and write the records and no more (db/postgresql/afterMigrate__*.sql). Without
 * an owner datasource (H2, or one role for everything) the application's datasource migrates.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    /** The Flyway placeholder naming the runtime role in the PostgreSQL callbacks. */
    public static final String RUNTIME_ROLE = "ocop_runtime_role";

    @PostConstruct
    void migrate() {
        DataSource runtime = DataSources.ocop();
        DataSource owner = DataSources.owner().orElse(runtime);
        Flyway flyway = configuration(owner, runtime).load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "(none)" : current.getVersion())
                + " (" + result.migrationsExecuted + " migrations applied now"
                + (owner == runtime ? ", one database role)" : ", by the owner role; the runtime role given its rights)"));
    }

    /**
     * How the application migrates: with the owner's datasource, the locations of the runtime database, and on
     * PostgreSQL the runtime role (the user the runtime datasource connects as) for the grants after the migrations.
     * The same datasource twice when there is one role.
     */
    public static FluentConfiguration configuration(DataSource owner, DataSource runtime) {
        String product;
        String runtimeRole;
        try (Connection connection = runtime.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
            runtimeRole = currentUser(connection, product);
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate it", e);
        }
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(owner)
                .locations(locationsFor(product))
                .failOnMissingLocations(true)
                .placeholders(Map.of(RUNTIME_ROLE, runtimeRole));
    }

    private static String currentUser(Connection connection, String product) throws SQLException {
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return String.valueOf(connection.getMetaData().getUserName());
        }
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT current_user")) {
            row.next();
            return row.getString(1);
        }
    }

    /**
     * The migrations of every database, and on PostgreSQL those that only it can run (db/postgresql: the triggers
     * that keep the audit log and issued files append-only, and the runtime role's grants); their versions interleave
     * with the common ones.
     */
    public static String[] locationsFor(String databaseProduct) {
        return "PostgreSQL".equalsIgnoreCase(databaseProduct)
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
    }
}
