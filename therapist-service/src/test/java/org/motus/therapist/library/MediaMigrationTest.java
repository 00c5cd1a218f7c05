package org.motus.therapist.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.LocalPostgres;

/** V8 moves uploads stored before it (bytea) into large objects, byte for byte, and drops the column. */
class MediaMigrationTest {

    static final UUID BIRD_DOG = UUID.fromString("0b6f1c1e-3f0a-4c1e-9d1a-000000000008");

    @Test
    void anUploadStoredAsByteaComesOutOfV8AsTheSameBytesInALargeObject() throws SQLException {
        byte[] video = new byte[300_000];
        new Random(3).nextBytes(video);
        System.arraycopy(new byte[] {0, 0, 0, 0x20, 'f', 't', 'y', 'p'}, 0, video, 0, 8);
        try (LocalPostgres postgres = LocalPostgres.startEphemeral()) {
            postgres.ensureDatabase("media_migration");
            String url = postgres.jdbcUrl("media_migration");
            Flyway.configure()
                    .dataSource(url, LocalPostgres.USER, LocalPostgres.PASSWORD)
                    .locations("classpath:db/migration")
                    .target("7")
                    .load()
                    .migrate();
            try (Connection db = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
                    PreparedStatement insert = db.prepareStatement(
                            "insert into exercise_media (exercise_id, content_type, size_bytes, content, uploaded_by) values (?, 'video/mp4', ?, ?, 'tess')")) {
                insert.setObject(1, BIRD_DOG);
                insert.setInt(2, video.length);
                insert.setBytes(3, video);
                insert.executeUpdate();
            }
            Flyway.configure()
                    .dataSource(url, LocalPostgres.USER, LocalPostgres.PASSWORD)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            try (Connection db = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
                    PreparedStatement read = db.prepareStatement(
                            "select size_bytes, lo_get(content_oid) from exercise_media where exercise_id = ?");
                    PreparedStatement columns = db.prepareStatement(
                            "select count(*) from information_schema.columns where table_name = 'exercise_media' and column_name = 'content'")) {
                read.setObject(1, BIRD_DOG);
                try (ResultSet row = read.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getInt(1)).isEqualTo(video.length);
                    assertThat(row.getBytes(2)).isEqualTo(video);
                }
                try (ResultSet count = columns.executeQuery()) {
                    count.next();
                    assertThat(count.getInt(1)).as("the bytea column is gone").isZero();
                }
            }
        }
    }
}
