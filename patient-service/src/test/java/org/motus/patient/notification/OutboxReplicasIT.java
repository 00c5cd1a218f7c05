package org.motus.patient.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.motus.localpostgres.LocalPostgres;

/**
 * Issue 14's multi-process test: two packaged patient-service replicas (two JVMs running
 * {@code target/quarkus-app/quarkus-run.jar}) on one PostgreSQL, sending through one real SMTP
 * server (GreenMail, in this JVM). Due notifications are written straight into the outbox.
 * <ul>
 *   <li>both replicas dispatch at once: every notification arrives exactly once;
 *   <li>one replica is killed with SIGKILL while it sends: the other drains the rest; every
 *       notification arrives, with exactly one distinct Message-ID each.
 * </ul>
 * Delivery is at least once (see {@link Dispatcher}): a row whose message the SMTP server accepted
 * just before the kill, but whose commit never happened, is sent again with the same Message-ID.
 * So the second test counts distinct Message-IDs per notification, and allows at most one repeat
 * in all (the killed replica had at most one row in flight); it prints the repeats it saw.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxReplicasIT {

    private static final String DATABASE = "motus_outbox_replicas";
    private static final Duration START_DEADLINE = Duration.ofSeconds(90);
    private static final Duration DRAIN_DEADLINE = Duration.ofSeconds(90);

    private static LocalPostgres postgres;
    private static GreenMail smtp;
    private static final Map<String, Replica> replicas = new TreeMap<>();

    record Replica(String name, Process process, int port) {}

    @BeforeAll
    static void startPostgresMailAndTwoReplicas() throws Exception {
        postgres = LocalPostgres.startEphemeral();
        postgres.ensureDatabase(DATABASE);
        smtp = new GreenMail(
                new ServerSetup(MailServerTestResource.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // One after the other: the first migrates the fresh database.
        for (String name : List.of("replica-a", "replica-b")) {
            Replica replica = start(name);
            replicas.put(name, replica);
            awaitReady(replica);
        }
    }

    @AfterAll
    static void stopEverything() {
        replicas.values().forEach(replica -> replica.process().destroyForcibly());
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void twoReplicasSendEveryDueNotificationExactlyOnce() throws Exception {
        List<UUID> ids = enqueueDueEmails("both", 40);

        await().atMost(DRAIN_DEADLINE).until(() -> delivered(ids).keySet().containsAll(ids) && allSent(ids));
        Map<UUID, List<MimeMessage>> delivered = delivered(ids);
        for (UUID id : ids) {
            assertEquals(1, delivered.get(id).size(), "emails for notification " + id);
        }
        System.out.println("[OutboxReplicasIT] 40 notifications, sent by: " + sentBy(delivered));
    }

    @Test
    @Order(2)
    void killingTheSendingReplicaMidBatchLosesNoneAndSendsNoneUnderTwoMessageIds() throws Exception {
        List<UUID> ids = enqueueDueEmails("kill", 400);

        // Wait until both replicas are sending this batch, then kill one of them while it sends.
        await().dontCatchUncaughtExceptions()
                .atMost(DRAIN_DEADLINE)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> {
                    Map<UUID, List<MimeMessage>> delivered = delivered(ids);
                    return delivered.size() >= 20 && sentBy(delivered).size() == 2;
                });
        Replica victim = replicas.get("replica-a");
        victim.process().destroyForcibly();
        victim.process().waitFor();
        int atKill = delivered(ids).size();
        assertTrue(atKill < ids.size(), "the batch finished before the kill: make it larger");

        // The kill resets the victim's SMTP connection; GreenMail's handler thread then throws, and
        // Awaitility would otherwise rethrow that expected reset here as this test's failure.
        await().dontCatchUncaughtExceptions()
                .atMost(DRAIN_DEADLINE)
                .until(() -> delivered(ids).keySet().containsAll(ids) && allSent(ids));
        Map<UUID, List<MimeMessage>> delivered = delivered(ids);
        int repeats = 0;
        for (UUID id : ids) {
            List<MimeMessage> copies = delivered.get(id);
            Set<String> messageIds = new HashSet<>();
            for (MimeMessage copy : copies) {
                messageIds.add(copy.getMessageID());
            }
            assertEquals(Set.of("<" + id + "@notification.motus>"), messageIds, "Message-IDs of " + id);
            repeats += copies.size() - 1;
        }
        assertTrue(repeats <= 1, "more repeats than rows in flight at the kill: " + repeats);
        System.out.println("[OutboxReplicasIT] 400 notifications, " + atKill + " delivered at the kill of "
                + victim.name() + ", sent by: " + sentBy(delivered) + ", repeated after the kill: " + repeats);
    }

    // ---- the replicas

    private static Replica start(String name) throws IOException {
        int port = MailServerTestResource.freePort();
        Path logs = Path.of("target", "outbox-replicas");
        Files.createDirectories(logs);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx192m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(DATABASE),
                "-Dquarkus.datasource.username=" + LocalPostgres.USER,
                "-Dquarkus.datasource.password=" + LocalPostgres.PASSWORD,
                // No token issuer is needed to dispatch: the replicas serve no API call here.
                "-Dquarkus.oidc.auth-server-url=http://127.0.0.1:9/realms/none",
                "-Dquarkus.oidc.tenant-enabled=false",
                "-Dquarkus.mailer.host=127.0.0.1",
                "-Dquarkus.mailer.port=" + smtp.getSmtp().getPort(),
                "-Dquarkus.mailer.start-tls=DISABLED",
                "-Dquarkus.mailer.tls=false",
                // Required at start (accounts through Keycloak's Admin API); never called here.
                "-Dmotus.accounts.keycloak-url=http://127.0.0.1:9",
                "-Dmotus.accounts.client-secret=unused-in-this-test",
                "-Dmotus.accounts.app-url=http://127.0.0.1:9",
                "-Dmotus.notifications.dispatch-every=1s",
                "-Dmotus.notifications.digest-every=1h",
                "-Dmotus.notifications.batch-size=1000",
                "-Dmotus.notifications.instance-name=" + name,
                "-jar",
                Path.of("target", "quarkus-app", "quarkus-run.jar").toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile())
                .start();
        return new Replica(name, process, port);
    }

    private static void awaitReady(Replica replica) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(START_DEADLINE).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!replica.process().isAlive()) {
                throw new AssertionError(
                        replica.name() + " exited; see target/outbox-replicas/" + replica.name() + ".log");
            }
            try {
                return http.send(
                                        HttpRequest.newBuilder(URI.create(
                                                        "http://127.0.0.1:" + replica.port() + "/q/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    // ---- the outbox and the mailbox

    /** Due EMAIL rows, each to its own therapist whose address the staff directory knows. */
    private static List<UUID> enqueueDueEmails(String run, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        Instant now = Instant.now().minusSeconds(1);
        try (Connection db = connect();
                PreparedStatement staff = db.prepareStatement(
                        "insert into staff (subject, email, display_name, seen_at) values (?, ?, ?, ?)");
                PreparedStatement row = db.prepareStatement("""
                        insert into notification (id, recipient_subject, channel, topic, link, dedupe_key, status,
                                                  next_attempt_at, created_at)
                        values (?, ?, 'EMAIL', 'URGENT_ALERT', '/', ?, 'PENDING', ?, ?)""")) {
            db.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                String subject = run + "-therapist-" + i;
                staff.setString(1, subject);
                staff.setString(2, subject + "@clinic.example");
                staff.setString(3, "Therapist " + i);
                staff.setTimestamp(4, Timestamp.from(now));
                staff.addBatch();
                row.setObject(1, id);
                row.setString(2, subject);
                row.setString(3, "it:" + id);
                row.setTimestamp(4, Timestamp.from(now));
                row.setTimestamp(5, Timestamp.from(now));
                row.addBatch();
                ids.add(id);
            }
            staff.executeBatch();
            row.executeBatch();
            db.commit();
        }
        return ids;
    }

    private static boolean allSent(List<UUID> ids) throws SQLException {
        try (Connection db = connect();
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from notification where id = any (?) and status = 'SENT'")) {
            query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            var result = query.executeQuery();
            result.next();
            return result.getInt(1) == ids.size();
        }
    }

    /** The emails GreenMail received for these notifications, by notification id (X-Motus-Notification). */
    private static Map<UUID, List<MimeMessage>> delivered(List<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        Map<UUID, List<MimeMessage>> byId = new TreeMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            UUID id = UUID.fromString(header(message, "X-Motus-Notification"));
            if (wanted.contains(id)) {
                byId.computeIfAbsent(id, key -> new ArrayList<>()).add(message);
            }
        }
        return byId;
    }

    private static Map<String, Long> sentBy(Map<UUID, List<MimeMessage>> delivered) {
        return delivered.values().stream()
                .flatMap(List::stream)
                .collect(Collectors.groupingBy(
                        message -> header(message, "X-Motus-Sent-By"), TreeMap::new, Collectors.counting()));
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name)[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(DATABASE), LocalPostgres.USER, LocalPostgres.PASSWORD);
    }
}
