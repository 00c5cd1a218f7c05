package org.motus.gateway.replica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.motus.gateway.config.ReplicaIdentity;
import org.motus.gateway.signalling.SignallingConfig;
import org.motus.problem.log.OutageLog;

/**
 * This replica's row in {@code gateway_replica}: written at start, refreshed on a schedule, removed
 * at a clean stop. A killed replica's row simply grows old. Plain JDBC: one tiny statement each,
 * outside any request.
 */
@ApplicationScoped
public class ReplicaHeartbeat {

    private static final Logger LOG = Logger.getLogger(ReplicaHeartbeat.class);
    /** Rows of replicas gone this long are deleted, so the table stays small. */
    private static final long FORGET_AFTER_SECONDS = 24 * 3600;

    private final UUID id;
    private final AgroalDataSource database;
    private final Clock clock;
    private final String relay;
    private final String host = localHostName();
    private final int port;
    private final OutageLog outage = OutageLog.to(LOG, "Gateway replica heartbeat");

    ReplicaHeartbeat(
            AgroalDataSource database,
            ReplicaIdentity identity,
            Clock clock,
            SignallingConfig signalling,
            @ConfigProperty(name = "quarkus.http.port") int port) {
        this.database = database;
        this.id = identity.id();
        this.clock = clock;
        this.relay = signalling.relay().name().toLowerCase(Locale.ROOT);
        this.port = port;
    }

    public UUID id() {
        return id;
    }

    public String relay() {
        return relay;
    }

    /** Where this replica runs: a row with the same host and port is an earlier run of it. */
    String host() {
        return host;
    }

    int port() {
        return port;
    }

    void start(@Observes StartupEvent started) {
        Instant now = clock.instant();
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into gateway_replica (id, relay, host, port, started_at, seen_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, relay);
            insert.setString(3, host);
            insert.setInt(4, port);
            insert.setTimestamp(5, Timestamp.from(now));
            insert.setTimestamp(6, Timestamp.from(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            // The database may still be starting; the first heartbeat writes the row then.
            LOG.warnf("Could not register this gateway replica yet: %s", e.getMessage());
        }
    }

    @Scheduled(
            identity = "gateway-replica-heartbeat",
            every = "${motus.replicas.heartbeat-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void beat() {
        Instant now = clock.instant();
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "insert into gateway_replica (id, relay, host, port, started_at, seen_at) values (?, ?, ?, ?, ?, ?)"
                            + " on conflict (id) do update set seen_at = excluded.seen_at")) {
                upsert.setObject(1, id);
                upsert.setString(2, relay);
                upsert.setString(3, host);
                upsert.setInt(4, port);
                upsert.setTimestamp(5, Timestamp.from(now));
                upsert.setTimestamp(6, Timestamp.from(now));
                upsert.executeUpdate();
            }
            try (PreparedStatement forget =
                    connection.prepareStatement("delete from gateway_replica where seen_at < ?")) {
                forget.setTimestamp(1, Timestamp.from(now.minusSeconds(FORGET_AFTER_SECONDS)));
                forget.executeUpdate();
            }
            outage.succeeded();
        } catch (SQLException e) {
            // While the database is down every beat fails: one ERROR, then a summary a minute.
            outage.failed(e);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        outage.stopping();
        try (Connection connection = database.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from gateway_replica where id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.debugf("Could not remove this replica's row at shutdown: %s", e.getMessage());
        }
    }

    /**
     * The other replicas seen since {@code since}. A row in this replica's own place (host and
     * port) is an earlier run of it that died without removing its row, not another replica.
     */
    public int othersSeenSince(Instant since) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from gateway_replica"
                        + " where id <> ? and seen_at >= ? and not (host = ? and port = ?)")) {
            count.setObject(1, id);
            count.setTimestamp(2, Timestamp.from(since));
            count.setString(3, host);
            count.setInt(4, port);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static String localHostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 255 ? name.substring(0, 255) : name;
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
