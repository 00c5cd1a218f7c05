package org.motus.localpostgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @Test
    void freshServerStartsAndAnswersSqlEvenAsRoot() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.startEphemeral()) {
            postgres.ensureDatabase("motus_probe");
            try (Connection connection = DriverManager.getConnection(
                            postgres.jdbcUrl("motus_probe"), LocalPostgres.USER, LocalPostgres.PASSWORD);
                    Statement statement = connection.createStatement();
                    ResultSet version = statement.executeQuery("show server_version_num")) {
                assertTrue(version.next());
                assertTrue(Integer.parseInt(version.getString(1)) >= 170000, "PostgreSQL 17 expected");
            }
        }
    }

    @Test
    void persistentServerKeepsDataAcrossRestarts(@TempDir Path dataDirectory) throws Exception {
        int port = freePort();
        try (LocalPostgres postgres = LocalPostgres.startPersistent(dataDirectory, port)) {
            postgres.ensureDatabase("motus_keep");
            try (Connection connection = DriverManager.getConnection(
                            postgres.jdbcUrl("motus_keep"), LocalPostgres.USER, LocalPostgres.PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("create table kept (value int)");
                statement.execute("insert into kept values (42)");
            }
        }
        try (LocalPostgres postgres = LocalPostgres.startPersistent(dataDirectory, port)) {
            postgres.ensureDatabase("motus_keep");
            try (Connection connection = DriverManager.getConnection(
                            postgres.jdbcUrl("motus_keep"), LocalPostgres.USER, LocalPostgres.PASSWORD);
                    Statement statement = connection.createStatement();
                    ResultSet kept = statement.executeQuery("select value from kept")) {
                assertTrue(kept.next());
                assertEquals(42, kept.getInt(1));
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
