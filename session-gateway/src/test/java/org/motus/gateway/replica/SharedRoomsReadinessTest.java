package org.motus.gateway.replica;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.localpostgres.PostgresTestResource;

/**
 * With relay=local (the tests' setting) a second live gateway on the same database makes this one
 * report not ready, naming the fix; a replica gone quiet, or an earlier run in this replica's own
 * place, does not.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class SharedRoomsReadinessTest {

    private static final String CHECK = "checks.find { it.name == '" + SharedRoomsReadiness.NAME + "' }";

    @Inject
    AgroalDataSource database;

    @Inject
    ReplicaHeartbeat heartbeat;

    private UUID other;

    @AfterEach
    void removeTheOtherReplica() throws SQLException {
        if (other != null) {
            try (Connection connection = database.getConnection();
                    PreparedStatement delete =
                            connection.prepareStatement("delete from gateway_replica where id = ?")) {
                delete.setObject(1, other);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void aLoneReplicaIsReadyAndHasItsOwnRow() throws SQLException {
        heartbeat.beat();

        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.otherReplicas", equalTo(0));
    }

    @Test
    void aSecondLiveReplicaWithLocalRoomsMakesThisOneNotReady() throws SQLException {
        other = replica("gateway-b.example", 8080, Instant.now());

        given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body(CHECK + ".status", equalTo("DOWN"))
                .body(CHECK + ".data.otherReplicas", equalTo(1))
                .body(CHECK + ".data.fix", org.hamcrest.Matchers.containsString("MOTUS_SIGNALLING_RELAY=redis"));
    }

    @Test
    void aReplicaGoneQuietForLongerThanThirtySecondsDoesNotCount() throws SQLException {
        other = replica("gateway-b.example", 8080, Instant.now().minusSeconds(31));

        given().get("/q/health/ready").then().statusCode(200).body(CHECK + ".status", equalTo("UP"));
    }

    @Test
    void anEarlierRunInThisReplicasOwnPlaceIsItsPredecessorNotASecondReplica() throws SQLException {
        other = replica(heartbeat.host(), heartbeat.port(), Instant.now());

        given().get("/q/health/ready").then().statusCode(200).body(CHECK + ".status", equalTo("UP"));
    }

    private UUID replica(String host, int port, Instant seen) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into gateway_replica (id, relay, host, port, started_at, seen_at) values (?, 'local', ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, host);
            insert.setInt(3, port);
            insert.setTimestamp(4, Timestamp.from(seen));
            insert.setTimestamp(5, Timestamp.from(seen));
            insert.executeUpdate();
        }
        return id;
    }
}
