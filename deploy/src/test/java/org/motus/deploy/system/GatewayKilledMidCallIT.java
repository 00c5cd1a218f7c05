package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.deploy.system.CallPage.attribute;
import static org.motus.deploy.system.CallPage.intAttribute;
import static org.motus.deploy.system.CallPage.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motus.deploy.assembly.Assembly;
import org.motus.deploy.assembly.ChildProcess;
import org.motus.deploy.assembly.Layout;
import org.openqa.selenium.By;

/**
 * Issue 17 item 1, the gateway killed mid-call: two gateway replicas on one Redis relay behind a
 * load balancer ({@link FrontDoor}, which hands new connections to replica A while it lives, then
 * to B). Tess's Chromium reaches Motus through the load balancer (so she lands on A); Pat's goes
 * straight to B, so the call spans both replicas. Both join, Tess admits Pat, video flows. Then
 * replica A is killed (SIGKILL): Tess's page must open a new signalling socket by itself, through
 * the load balancer to B, within 5 s, and the call must go on (ICE restart, frames decoded on both
 * sides). Prints the figures.
 */
@ExtendWith(RunningMotus.class)
class GatewayKilledMidCallIT {

    private static final String PAT_RECORD = "0a7e0000-0000-4000-8000-000000000002";
    private static final Duration DEADLINE = Duration.ofSeconds(40);
    /** The bound: from the replica's death to the therapist's page back in the room. */
    private static final Duration RECONNECT_BOUND = Duration.ofSeconds(5);

    private static final List<String> CALL_FLAGS = List.of(
            "--window-size=1280,900",
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
            "--allow-loopback-in-peer-connection",
            "--autoplay-policy=no-user-gesture-required");

    private static LocalDaemon redis;
    private static ChildProcess replicaA;
    private static ChildProcess replicaB;
    private static FrontDoor frontDoor;
    private static int portB;

    @TempDir
    Path profiles;

    @BeforeAll
    static void startReplicasBehindALoadBalancer(Assembly assembly) throws IOException {
        Path work =
                Files.createDirectories(Path.of("target", "gateway-killed-it").toAbsolutePath());
        int redisPort = LocalDaemon.freePort(29400, 29419);
        redis = LocalDaemon.redis(redisPort, work);
        Map<String, String> relay = Map.of(
                "MOTUS_SIGNALLING_RELAY", "redis",
                "MOTUS_SIGNALLING_REDIS_URL", "redis://127.0.0.1:" + redisPort,
                "MOTUS_SIGNALLING_REDIS_REPLICA_TIMEOUT", "3S");
        int portA = LocalDaemon.freePort(29220, 29239);
        replicaA = assembly.startGatewayReplica("session-gateway-killed-a", portA, relay);
        portB = LocalDaemon.freePort(portA + 1, 29259);
        replicaB = assembly.startGatewayReplica("session-gateway-killed-b", portB, relay);
        frontDoor = FrontDoor.open(LocalDaemon.freePort(29260, 29279), List.of(portA, portB));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (frontDoor != null) {
            frontDoor.close();
        }
        for (ChildProcess replica : new ChildProcess[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.stop(Duration.ofSeconds(20));
            }
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void theCallReconnectsThroughAnotherReplicaWhenItsGatewayDies(Layout layout) throws Exception {
        try (Browser tess = Browser.open(layout, profiles.resolve("tess"), CALL_FLAGS);
                Browser pat = Browser.open(layout, profiles.resolve("pat"), CALL_FLAGS)) {
            try {
                tess.signIn(DemoUser.TESS);
                pat.signIn(DemoUser.PAT);
                // Tess's visits of the earlier tests may still hold the slot (no double booking).
                VisitSlots.free(SignedIn.as(DemoUser.TESS, layout), layout.gatewayUrl(), Instant.now(), 32);
                String visitId = scheduleVisitNow(tess);
                String callPath = "/visits/" + visitId + "/call";
                // Cookies are per host, not per port: the session cookie goes to every replica.
                tess.driver.get("http://localhost:" + frontDoor.port() + callPath);
                pat.driver.get("http://localhost:" + portB + callPath);

                waitFor(pat, DEADLINE, "Join enabled", CallPage::joinReady);
                waitFor(tess, DEADLINE, "Join enabled", CallPage::joinReady);
                click(pat, "join-call");
                waitFor(pat, DEADLINE, "waiting room", b -> "waiting-room".equals(attribute(b, "data-phase")));
                click(tess, "join-call");
                waitFor(
                        tess,
                        DEADLINE,
                        "Admit enabled",
                        b -> !b.driver
                                .findElements(By.cssSelector("#admit-patient:not([disabled])"))
                                .isEmpty());
                click(tess, "admit-patient");
                waitFor(tess, DEADLINE, "connected with remote frames", GatewayKilledMidCallIT::connectedWithFrames);
                waitFor(pat, DEADLINE, "connected with remote frames", GatewayKilledMidCallIT::connectedWithFrames);
                assertTrue(frontDoor.handedTo(0) > 0, "Tess reached replica A through the load balancer");
                assertEquals(0, frontDoor.handedTo(1), "replica B took nothing from the load balancer yet");

                int tessFramesBefore = intAttribute(tess, "data-frames-decoded");
                int patFramesBefore = intAttribute(pat, "data-frames-decoded");
                int restartsBefore = intAttribute(tess, "data-ice-restarts");

                ProcessHandle a = ProcessHandle.of(replicaA.pid()).orElseThrow();
                long killedAt = System.currentTimeMillis();
                a.destroyForcibly();
                a.onExit().get(20, TimeUnit.SECONDS);

                waitFor(
                        tess,
                        DEADLINE,
                        "a new signalling socket through the load balancer",
                        b -> intAttribute(b, "data-rejoins") >= 1 && "joined".equals(attribute(b, "data-signalling")));
                long rejoinedAt = System.currentTimeMillis();
                waitFor(tess, DEADLINE, "an ICE restart", b -> intAttribute(b, "data-ice-restarts") > restartsBefore);
                waitFor(
                        tess,
                        DEADLINE,
                        "connected again",
                        b -> "connected".equals(attribute(b, "data-connection-state")));
                waitFor(
                        pat,
                        DEADLINE,
                        "connected again",
                        b -> "connected".equals(attribute(b, "data-connection-state")));
                long connectedAt = System.currentTimeMillis();
                waitFor(
                        tess,
                        DEADLINE,
                        "frames after",
                        b -> intAttribute(b, "data-frames-decoded") > tessFramesBefore + 10);
                waitFor(
                        pat,
                        DEADLINE,
                        "frames after",
                        b -> intAttribute(b, "data-frames-decoded") > patFramesBefore + 10);
                long therapistReconnects = reconnects(tess, visitId, "therapist");

                System.out.printf(
                        "[gateway-killed] replica A killed mid-call: therapist's page rejoined through the load balancer"
                                + " in %d ms (bound %d ms), ICE restarted and both connected in %d ms;"
                                + " load balancer connections A=%d B=%d; gateway counts therapist reconnects=%d;"
                                + " frames decoded therapist %d -> %d, patient %d -> %d%n",
                        rejoinedAt - killedAt,
                        RECONNECT_BOUND.toMillis(),
                        connectedAt - killedAt,
                        frontDoor.handedTo(0),
                        frontDoor.handedTo(1),
                        therapistReconnects,
                        tessFramesBefore,
                        intAttribute(tess, "data-frames-decoded"),
                        patFramesBefore,
                        intAttribute(pat, "data-frames-decoded"));
                assertTrue(frontDoor.handedTo(1) > 0, "the new socket went to replica B");
                assertEquals(1, therapistReconnects, "replica B counted the therapist's reconnect");
                assertTrue(
                        rejoinedAt - killedAt <= RECONNECT_BOUND.toMillis(),
                        "the page rejoined " + (rejoinedAt - killedAt) + " ms after replica A died");
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(
                        "Gateway killed mid-call failed." + System.lineSeparator()
                                + "Therapist page: " + tess.describe() + System.lineSeparator()
                                + "Patient page: " + pat.describe(),
                        e);
            }
        }
    }

    /** Books a visit starting in a minute, through the API from Tess's own page on the assembly's gateway. */
    private static String scheduleVisitNow(Browser tess) {
        tess.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = tess.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/v1/visits', { method: 'POST', credentials: 'same-origin',
                    headers: { 'Content-Type': 'application/json', 'X-Requested-By': 'motus-web' },
                    body: JSON.stringify({ patientId: arguments[0], start: new Date(Date.now() + 60000).toISOString(),
                        durationMinutes: 30, reason: 'Gateway killed mid-call system test' }) })
                  .then(r => r.text().then(t => done({ status: r.status, body: t })))
                  .catch(e => done({ status: 0, body: String(e) }));
                """, PAT_RECORD);
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) result;
        assertEquals(201L, ((Number) response.get("status")).longValue(), () -> "booking the visit: " + response);
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher((String) response.get("body"));
        assertTrue(id.find(), response::toString);
        return id.group(1);
    }

    private static long reconnects(Browser browser, String visitId, String role) {
        Object result = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/v1/visits/' + arguments[0] + '/record', { credentials: 'same-origin' })
                  .then(r => r.json()).then(r => done(r.reconnects[arguments[1]])).catch(e => done(-1));
                """, visitId, role);
        return ((Number) result).longValue();
    }

    private static boolean connectedWithFrames(Browser browser) {
        return "connected".equals(attribute(browser, "data-connection-state"))
                && intAttribute(browser, "data-frames-decoded") > 0;
    }

    private static void click(Browser browser, String id) {
        browser.script("document.getElementById(arguments[0]).click();", id);
    }
}
