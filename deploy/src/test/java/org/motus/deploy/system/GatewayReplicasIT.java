package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motus.deploy.assembly.Assembly;
import org.motus.deploy.assembly.AssemblyException;
import org.motus.deploy.assembly.ChildProcess;
import org.motus.deploy.assembly.Layout;

/**
 * Several gateway replicas on this machine: the running assembly (for signing in), plus two more
 * session-gateway processes with the same environment, both on one real {@code redis-server}
 * ({@code MOTUS_SIGNALLING_RELAY=redis}) and one real coturn ({@code use-auth-secret}).
 *
 * <ul>
 * <li>A therapist on replica A and a patient on replica B go through join, admit, offer, answer
 * and candidates; then replica B's process is killed (SIGKILL), the therapist is told the patient
 * left, the patient reconnects to replica A and the call resumes with an ICE restart.</li>
 * <li>The TURN credential that a replica's {@code ice-servers} endpoint hands out is accepted by
 * coturn for an allocation ({@code turnutils_uclient}); an expired one, and one signed with another
 * secret, are refused.</li>
 * <li>A replica without its OIDC client secret does not start.</li>
 * </ul>
 * Ports: redis, coturn and the two replicas pick free ports in 29000-29999 (LocalDaemon.freePort says why).
 */
@ExtendWith(RunningMotus.class)
class GatewayReplicasIT {

    private static final String PAT_RECORD = "0a7e0000-0000-4000-8000-000000000002";
    private static final String TURN_SECRET = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
    private static final String OFFER = sdp("sendrecv", 1);
    private static final String ANSWER = sdp("recvonly", 1);
    private static final String RESTART_OFFER = sdp("sendrecv", 2);
    private static final String RESTART_ANSWER = sdp("recvonly", 2);

    private static LocalDaemon redis;
    private static LocalDaemon coturn;
    private static int turnPort;
    private static ChildProcess replicaA;
    private static ChildProcess replicaB;
    private static String urlA;
    private static String urlB;
    private static final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void startReplicas(Assembly assembly) throws IOException {
        Path work =
                Files.createDirectories(Path.of("target", "gateway-replicas-it").toAbsolutePath());
        int redisPort = LocalDaemon.freePort(29379, 29399);
        redis = LocalDaemon.redis(redisPort, work);
        turnPort = LocalDaemon.freePort(29478, 29498);
        coturn = LocalDaemon.start(
                "turnserver",
                "coturn",
                turnPort,
                List.of(
                        "/usr/bin/turnserver",
                        "--no-cli",
                        "--log-file",
                        "stdout",
                        "--simple-log",
                        "--no-tls",
                        "--no-dtls",
                        "--listening-ip=127.0.0.1",
                        "--relay-ip=127.0.0.1",
                        "--listening-port=" + turnPort,
                        "--min-port=29500",
                        "--max-port=29599",
                        "--use-auth-secret",
                        "--static-auth-secret=" + TURN_SECRET,
                        "--realm=motus",
                        "--fingerprint",
                        "--allow-loopback-peers",
                        "--no-multicast-peers",
                        "--pidfile=" + work.resolve("turnserver.pid"),
                        "--userdb=" + work.resolve("turndb")),
                work);

        Map<String, String> replicaEnvironment = Map.of(
                "MOTUS_SIGNALLING_RELAY",
                "redis",
                "MOTUS_SIGNALLING_REDIS_URL",
                "redis://127.0.0.1:" + redisPort,
                // Replica loss is noticed within this (plus a third of it); production default 10 s.
                "MOTUS_SIGNALLING_REDIS_REPLICA_TIMEOUT",
                "3S",
                "MOTUS_TURN_URLS",
                "stun:127.0.0.1:" + turnPort + ",turn:127.0.0.1:" + turnPort + "?transport=udp",
                "MOTUS_TURN_SECRET",
                TURN_SECRET);
        int portA = LocalDaemon.freePort(29080, 29089);
        replicaA = assembly.startGatewayReplica("session-gateway-a", portA, replicaEnvironment);
        int portB = LocalDaemon.freePort(portA + 1, 29099);
        replicaB = assembly.startGatewayReplica("session-gateway-b", portB, replicaEnvironment);
        urlA = "http://localhost:" + portA;
        urlB = "http://localhost:" + portB;
    }

    @AfterAll
    static void stopReplicas() {
        for (AutoCloseable closeable : open) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // best effort
            }
        }
        for (ChildProcess replica : new ChildProcess[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.stop(Duration.ofSeconds(20));
            }
        }
        if (coturn != null) {
            coturn.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aCallSpansTwoReplicasAndSurvivesTheLossOfOne(Layout layout) throws Exception {
        SignedIn tess = SignedIn.as(DemoUser.TESS, layout);
        SignedIn pat = SignedIn.as(DemoUser.PAT, layout);
        String visit = bookVisit(tess, urlA);

        // The patient waits on replica B, the therapist joins on replica A.
        SignalSocket patOnB = opened(SignalSocket.join("pat@B", pat, urlB, visit));
        JsonNode patJoined = patOnB.expect("joined");
        assertEquals("WAITING", patJoined.path("status").asText());
        assertEquals(false, patJoined.path("peerPresent").asBoolean());

        SignalSocket tessOnA = opened(SignalSocket.join("tess@A", tess, urlA, visit));
        JsonNode tessJoined = tessOnA.expect("joined");
        assertEquals(
                true,
                tessJoined.path("peerPresent").asBoolean(),
                "replica A must know the patient waits on B: " + tessJoined);
        assertEquals("therapist", patOnB.expect("peer-joined").path("role").asText());

        tessOnA.send(SignalSocket.message("admit"));
        tessOnA.expect("admitted");
        patOnB.expect("admitted");

        exchange(tessOnA, patOnB, OFFER, ANSWER);

        // Replica B dies (no goodbye): the patient's socket drops, the therapist is told she left.
        ProcessHandle b = ProcessHandle.of(replicaB.pid()).orElseThrow();
        b.destroyForcibly();
        b.onExit().get(20, TimeUnit.SECONDS);
        assertEquals(1006, patOnB.awaitClose());
        JsonNode left = tessOnA.expect("peer-left");
        assertEquals("patient", left.path("role").asText());
        assertEquals("disconnected", left.path("reason").asText());

        // The patient's page reconnects; the load balancer sends it to replica A.
        SignalSocket patOnA = opened(SignalSocket.join("pat@A", pat, urlA, visit));
        JsonNode rejoined = patOnA.expect("joined");
        assertEquals(true, rejoined.path("reconnect").asBoolean(), rejoined::toString);
        assertEquals("IN_PROGRESS", rejoined.path("status").asText());
        assertEquals(true, rejoined.path("peerPresent").asBoolean());
        assertEquals(true, tessOnA.expect("peer-joined").path("reconnect").asBoolean());
        assertEquals(
                "peer-reconnected", tessOnA.expect("ice-restart").path("reason").asText());

        // The therapist restarts ICE with a new offer (SIGNALLING.md "Who offers, and restarts").
        exchange(tessOnA, patOnA, RESTART_OFFER, RESTART_ANSWER);

        HttpResponse<String> record = tess.api("GET", urlA + "/api/v1/visits/" + visit + "/record", null);
        assertEquals(200, record.statusCode(), () -> Http.describe(record));
        assertEquals(1, Http.json(record).path("reconnects").path("patient").asInt(), record::body);

        tessOnA.send(SignalSocket.message("end"));
        assertEquals("ENDED", tessOnA.expect("ended").path("status").asText());
        assertEquals("ENDED", patOnA.expect("ended").path("status").asText());
        assertEquals(4000, patOnA.awaitClose());
    }

    @Test
    void coturnAcceptsTheGatewaysTurnCredentialAndRefusesExpiredOrForgedOnes(Layout layout) throws Exception {
        SignedIn pat = SignedIn.as(DemoUser.PAT, layout);
        SignedIn tess = SignedIn.as(DemoUser.TESS, layout);
        String visit = bookVisit(tess, urlA);

        HttpResponse<String> answer = pat.api("GET", urlA + "/api/v1/visits/" + visit + "/ice-servers", null);
        assertEquals(200, answer.statusCode(), () -> Http.describe(answer));
        JsonNode turn = null;
        for (JsonNode server : Http.json(answer).path("iceServers")) {
            if (server.has("username")) {
                turn = server;
            }
        }
        assertTrue(turn != null, () -> "no TURN server with a credential in " + answer.body());
        assertEquals(
                "turn:127.0.0.1:" + turnPort + "?transport=udp",
                turn.path("urls").get(0).asText());
        String username = turn.path("username").asText();
        String credential = turn.path("credential").asText();

        assertEquals(0, allocate(username, credential), "coturn refused the gateway's credential " + username);

        String subject = username.substring(username.indexOf(':') + 1);
        String expired = (Instant.now().getEpochSecond() - 60) + ":" + subject;
        assertNotEquals(0, allocate(expired, hmac(TURN_SECRET, expired)), "coturn accepted an expired credential");
        assertNotEquals(0, allocate(username, hmac("another-secret", username)), "coturn accepted a forged credential");
    }

    @Test
    void aReplicaWithoutItsClientSecretRefusesToStart(Assembly assembly) throws IOException {
        int port = LocalDaemon.freePort(29100, 29119);
        AssemblyException refused = assertThrows(
                AssemblyException.class,
                () -> assembly.startGatewayReplica(
                        "session-gateway-no-client-secret", port, Map.of("QUARKUS_OIDC_CREDENTIALS_SECRET", "")));
        String log = Files.readString(assembly.layout().logs().resolve("session-gateway-no-client-secret.log"));
        assertTrue(log.contains("Set QUARKUS_OIDC_CREDENTIALS_SECRET"), () -> refused.getMessage() + "\n" + log);
    }

    /** A TURN allocation (and a relayed round trip to itself) with coturn's own test client; its exit code. */
    private static int allocate(String username, String credential) throws IOException, InterruptedException {
        Path out = Files.createTempFile(Path.of("target"), "turnutils-uclient", ".log");
        Process client = new ProcessBuilder(
                        "/usr/bin/turnutils_uclient",
                        "-u",
                        username,
                        "-w",
                        credential,
                        "-p",
                        String.valueOf(turnPort),
                        "-n",
                        "1",
                        "-m",
                        "1",
                        "-y",
                        "-c",
                        "127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        if (!client.waitFor(60, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new AssertionError("turnutils_uclient did not finish: " + Files.readString(out) + coturn.tail());
        }
        return client.exitValue();
    }

    private static String hmac(String secret, String username) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
    }

    /** Offer from the therapist, answer from the patient, a candidate each way and end-of-candidates. */
    private static void exchange(SignalSocket therapist, SignalSocket patient, String offer, String answer) {
        therapist.send(SignalSocket.message("offer").put("sdp", offer));
        assertEquals(offer, patient.expect("offer").path("sdp").asText());
        patient.send(SignalSocket.message("answer").put("sdp", answer));
        assertEquals(answer, therapist.expect("answer").path("sdp").asText());
        ObjectNode fromTherapist = candidate("candidate:1 1 udp 2122260223 127.0.0.1 50001 typ host");
        ObjectNode fromPatient = candidate("candidate:2 1 udp 2122260223 127.0.0.1 50002 typ host");
        therapist.send(fromTherapist);
        patient.send(fromPatient);
        assertEquals(fromTherapist, patient.expect("candidate"));
        assertEquals(fromPatient, therapist.expect("candidate"));
        therapist.send(SignalSocket.message("candidate").putNull("candidate"));
        assertTrue(patient.expect("candidate").path("candidate").isNull());
    }

    private static ObjectNode candidate(String line) {
        ObjectNode message = SignalSocket.message("candidate");
        message.putObject("candidate").put("candidate", line).put("sdpMid", "0").put("sdpMLineIndex", 0);
        return message;
    }

    private static String sdp(String direction, int version) {
        return "v=0\r\no=- 4611731400430051336 " + version + " IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                + "m=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\na=" + direction + "\r\n";
    }

    private static String bookVisit(SignedIn therapist, String gatewayUrl) {
        Instant start = Instant.now().plus(Duration.ofMinutes(2));
        VisitSlots.free(therapist, gatewayUrl, start, 30);
        String body = Http.JSON
                .createObjectNode()
                .put("patientId", PAT_RECORD)
                .put("start", start.toString())
                .put("durationMinutes", 30)
                .put("reason", "Two replicas system test")
                .toString();
        HttpResponse<String> booked = therapist.api("POST", gatewayUrl + "/api/v1/visits", body);
        assertEquals(201, booked.statusCode(), () -> Http.describe(booked));
        return Http.json(booked).path("id").asText();
    }

    private static SignalSocket opened(SignalSocket socket) {
        open.add(socket);
        return socket;
    }
}
