package vn.ocop.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else runs: the versioned migrations in
 * {@code db/migration} are the only way the schema changes, on H2 and on PostgreSQL alike; PostgreSQL also runs those
 * of {@code db/postgresql}, which only it understands.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @PostConstruct
    void migrate() {
        DataSource dataSource = DataSources.ocop();
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The migrations of every database, and on PostgreSQL those that only it can run (db/postgresql: the triggers
     * that keep the audit log and issued files append-only); their versions interleave with the common ones.
     */
    static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return locationsFor(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to migrate it", e);
        }
    }

    public static String[] locationsFor(String databaseProduct) {
        return "PostgreSQL".equalsIgnoreCase(databaseProduct)
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
    }
}
