package id.gamestore.support.database;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import jakarta.inject.Singleton;

/**
 * Makes the database password required outside the dev and test profiles. Quarkus's own
 * {@code quarkus.datasource.password} is optional, so a missing {@code DB_PASSWORD} would surface only as a refused
 * database login; through this mapping start-up stops while reading the configuration, with
 * {@code SRCFG00011: Could not expand value DB_PASSWORD}. (A mapping that no bean uses is not validated, hence the bean.)
 * Each service sets {@code database.password=${DB_PASSWORD}} in its production configuration.
 */
@Startup
@Singleton
public class DatabasePasswordRequired {

    /** {@code database.password}: the same value as {@code quarkus.datasource.password}. */
    @ConfigMapping(prefix = "database")
    public interface DatabaseConfig {
        String password();
    }

    DatabasePasswordRequired(DatabaseConfig config) {
        // nothing to do: the mapping was validated before any bean was created
    }
}
