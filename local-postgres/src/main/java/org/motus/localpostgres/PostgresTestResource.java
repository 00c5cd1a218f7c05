package org.motus.localpostgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts a real PostgreSQL for a {@code @QuarkusTest} and points the datasource at it.
 * Use with {@code @WithTestResource(PostgresTestResource.class)}; one server per test JVM run.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "motus_test";

    private LocalPostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = LocalPostgres.startEphemeral();
        postgres.ensureDatabase(DATABASE);
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", LocalPostgres.PASSWORD);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
