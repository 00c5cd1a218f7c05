package org.motus.localpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * A real PostgreSQL 17 server run from the binaries Maven pulled, with no install.
 * Runs as an ordinary user; as root, zonky runs initdb/postgres in a user namespace
 * ({@code unshare -U}) because PostgreSQL refuses to run as root.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The superuser initdb creates; local and test use only, never a deployed server. */
    public static final String USER = "postgres";

    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** A throwaway server on a free port with a fresh data directory (tests). */
    public static LocalPostgres startEphemeral() {
        try {
            return new LocalPostgres(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /** A server whose data survives restarts in {@code dataDirectory} (the local launcher). */
    public static LocalPostgres startPersistent(Path dataDirectory, int port) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        try {
            Files.createDirectories(dataDirectory);
            return new LocalPostgres(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Embedded PostgreSQL did not start in " + dataDirectory + " on port " + port + ": "
                            + e.getMessage(),
                    e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database if it does not exist yet; each service owns its own. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists =
                    connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, database);
                try (ResultSet row = exists.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
