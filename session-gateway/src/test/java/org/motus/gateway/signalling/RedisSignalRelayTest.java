package org.motus.gateway.signalling;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.RedisServer;
import org.motus.gateway.visit.ParticipantRole;
import org.motus.gateway.visit.VisitStatus;

/**
 * Two (or three) replicas' relays in one JVM over a real redis-server: delivery, order, presence,
 * newest-tab-wins, the visit's end, replica loss and a Redis restart across replicas.
 */
class RedisSignalRelayTest {

    private static final Duration REPLICA_TIMEOUT = Duration.ofMillis(900);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static RedisServer redis;
    private static Vertx vertx;
    private final List<RedisSignalRelay> relays = new ArrayList<>();
    private final List<Redis> clients = new ArrayList<>();

    @BeforeAll
    static void startRedis() {
        redis = RedisServer.start();
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopRedis() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @AfterEach
    void closeRelays() {
        relays.forEach(RedisSignalRelay::close);
        clients.forEach(Redis::close);
    }

    private RedisSignalRelay replica() {
        // Each replica has its own client, as each gateway process has its quarkus-redis-client one.
        Redis client = Redis.createClient(vertx, redis.url());
        clients.add(client);
        RedisSignalRelay relay = new RedisSignalRelay(vertx, client, config(redis.url())).start();
        relays.add(relay);
        await().atMost(WAIT).until(relay::ready);
        return relay;
    }

    static SignallingConfig.RedisRelay config(String url) {
        return new SignallingConfig.RedisRelay() {
            @Override
            public Optional<String> url() {
                return Optional.of(url);
            }

            @Override
            public Optional<String> password() {
                return Optional.empty();
            }

            @Override
            public String prefix() {
                return "motus-test:signalling";
            }

            @Override
            public Duration replicaTimeout() {
                return REPLICA_TIMEOUT;
            }
        };
    }

    /** What a connection would have received. */
    static final class Inbox implements Mailbox {
        final List<String> messages = new CopyOnWriteArrayList<>();
        final List<RoomEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void deliver(String message) {
            messages.add(message);
        }

        @Override
        public void notify(RoomEvent event) {
            events.add(event);
        }
    }

    private static Seat therapist(UUID visit) {
        return new Seat(visit, ParticipantRole.THERAPIST);
    }

    private static Seat patient(UUID visit) {
        return new Seat(visit, ParticipantRole.PATIENT);
    }

    @Test
    void aLoginSessionEndOrRefreshAnnouncedOnOneReplicaReachesEveryReplica() {
        RedisSignalRelay a = replica();
        RedisSignalRelay b = replica();
        RedisSignalRelay c = replica();
        List<LoginSessionEvent> onA = new CopyOnWriteArrayList<>();
        List<LoginSessionEvent> onB = new CopyOnWriteArrayList<>();
        List<LoginSessionEvent> onC = new CopyOnWriteArrayList<>();
        a.onLoginSession(onA::add);
        b.onLoginSession(onB::add);
        c.onLoginSession(onC::add);
        LoginSessionEvent ended = LoginSessionEvent.ended("sid-1", "pat");
        LoginSessionEvent refreshed =
                LoginSessionEvent.refreshed("sid-2", "tess", java.time.Instant.ofEpochMilli(1_900_000_000_000L));

        a.announce(ended);
        b.announce(refreshed);

        await().atMost(WAIT).until(() -> onA.size() == 2 && onB.size() == 2 && onC.size() == 2);
        for (List<LoginSessionEvent> heard : List.of(onA, onB, onC)) {
            assertThat(heard, containsInAnyOrder(ended, refreshed));
        }
    }

    @Test
    void messagesReachTheParticipantOnTheOtherReplicaInTheOrderSent() {
        RedisSignalRelay a = replica();
        RedisSignalRelay b = replica();
        UUID visit = UUID.randomUUID();
        Inbox tess = new Inbox();
        Inbox pat = new Inbox();
        a.attach(therapist(visit), tess);
        b.attach(patient(visit), pat);
        await().atMost(WAIT).until(() -> a.isPresent(patient(visit)) && b.isPresent(therapist(visit)));

        List<String> sent = IntStream.range(0, 200)
                .mapToObj(i -> "{\"v\":1,\"type\":\"candidate\",\"n\":" + i + "}")
                .toList();
        sent.forEach(message -> assertThat(a.relay(patient(visit), message), is(true)));
        assertThat(b.relay(therapist(visit), "{\"v\":1,\"type\":\"answer\"}"), is(true));

        await().atMost(WAIT).until(() -> pat.messages.size() == sent.size());
        assertThat(pat.messages, equalTo(sent));
        await().atMost(WAIT).until(() -> tess.messages.size() == 1);
        assertThat(tess.messages, contains("{\"v\":1,\"type\":\"answer\"}"));
    }

    @Test
    void roomEventsCrossReplicasAndAnAbsentSeatIsReportedAbsent() {
        RedisSignalRelay a = replica();
        RedisSignalRelay b = replica();
        UUID visit = UUID.randomUUID();
        Inbox tess = new Inbox();
        assertThat(a.relay(patient(visit), "{}"), is(false));
        assertThat(a.isPresent(patient(visit)), is(false));

        a.attach(therapist(visit), tess);
        await().atMost(WAIT).until(() -> b.isPresent(therapist(visit)));
        b.publish(therapist(visit), new RoomEvent.PeerJoined(ParticipantRole.PATIENT, true));
        b.publish(therapist(visit), new RoomEvent.Admitted());
        b.publish(therapist(visit), new RoomEvent.PeerReconnected());
        b.publish(therapist(visit), new RoomEvent.PeerLeft(ParticipantRole.PATIENT, "idle"));

        await().atMost(WAIT).until(() -> tess.events.size() == 4);
        assertThat(
                tess.events,
                contains(
                        new RoomEvent.PeerJoined(ParticipantRole.PATIENT, true),
                        new RoomEvent.Admitted(),
                        new RoomEvent.PeerReconnected(),
                        new RoomEvent.PeerLeft(ParticipantRole.PATIENT, "idle")));
    }

    @Test
    void leavingFreesTheSeatOnEveryReplica() {
        RedisSignalRelay a = replica();
        RedisSignalRelay b = replica();
        UUID visit = UUID.randomUUID();
        Inbox pat = new Inbox();
        a.attach(patient(visit), pat);
        await().atMost(WAIT).until(() -> b.isPresent(patient(visit)));

        assertThat(a.detach(patient(visit), new Inbox()), is(false));
        assertThat(a.detach(patient(visit), pat), is(true));

        await().atMost(WAIT).until(() -> !b.isPresent(patient(visit)));
        assertThat(b.relay(patient(visit), "{}"), is(false));
    }

    @Test
    void theNewestConnectionWinsAcrossReplicas() {
        RedisSignalRelay a = replica();
        RedisSignalRelay b = replica();
        RedisSignalRelay c = replica();
        UUID visit = UUID.randomUUID();
        Inbox firstTab = new Inbox();
        Inbox secondTab = new Inbox();
        Inbox tess = new Inbox();
        c.attach(therapist(visit), tess);
        a.attach(patient(visit), firstTab);
        await().atMost(WAIT).until(() -> b.isPresent(patient(visit)) && c.isPresent(patient(visit)));

        b.attach(patient(visit), secondTab);

        await().atMost(WAIT).until(() -> firstTab.events.contains(new RoomEvent.Replaced()));
        assertThat(secondTab.events, empty());
        // The old connection closes: its detach must not free the seat the new one holds.
        assertThat(a.detach(patient(visit), firstTab), is(false));
        assertThat(a.isPresent(patient(visit)), is(true));
        c.relay(patient(visit), "{\"v\":1,\"type\":\"offer\"}");
        await().atMost(WAIT).until(() -> secondTab.messages.size() == 1);
        assertThat(firstTab.messages, empty());
    }

    @Test
    void twoTabsOpenedAtOnceOnTwoReplicasLeaveExactlyOne() {
        RedisSignalRelay a = replica();
        RedisSignalRelay b = replica();
        for (int round = 0; round < 20; round++) {
            UUID visit = UUID.randomUUID();
            Inbox onA = new Inbox();
            Inbox onB = new Inbox();
            a.attach(patient(visit), onA);
            b.attach(patient(visit), onB);
            await().atMost(WAIT).until(() -> onA.events.size() + onB.events.size() >= 1);
            await().during(Duration.ofMillis(100)).atMost(WAIT).until(() -> onA.events.size() + onB.events.size() == 1);
        }
    }

    @Test
    void participantsJoiningAtOnceOnTwoReplicasHearOfEachOther() {
        RedisSignalRelay a = replica();
        RedisSignalRelay b = replica();
        for (int round = 0; round < 20; round++) {
            UUID visit = UUID.randomUUID();
            Inbox tess = new Inbox();
            Inbox pat = new Inbox();
            // What SignalConnection does on join: take the seat, look for the peer, announce yourself.
            a.attach(therapist(visit), tess);
            b.attach(patient(visit), pat);
            boolean tessSawPat = a.isPresent(patient(visit));
            boolean patSawTess = b.isPresent(therapist(visit));
            a.publish(patient(visit), new RoomEvent.PeerJoined(ParticipantRole.THERAPIST, false));
            b.publish(therapist(visit), new RoomEvent.PeerJoined(ParticipantRole.PATIENT, false));

            await().atMost(WAIT)
                    .until(() -> tessSawPat
                            || tess.events.contains(new RoomEvent.PeerJoined(ParticipantRole.PATIENT, false)));
            await().atMost(WAIT)
                    .until(() -> patSawTess
                            || pat.events.contains(new RoomEvent.PeerJoined(ParticipantRole.THERAPIST, false)));
        }
    }

    @Test
    void theEndOfTheVisitReachesBothParticipantsWhereverTheyAre() {
        RedisSignalRelay a = replica();
        RedisSignalRelay b = replica();
        RedisSignalRelay c = replica();
        UUID visit = UUID.randomUUID();
        Inbox tess = new Inbox();
        Inbox pat = new Inbox();
        a.attach(therapist(visit), tess);
        b.attach(patient(visit), pat);
        await().atMost(WAIT).until(() -> c.isPresent(patient(visit)) && c.isPresent(therapist(visit)));

        // A REST call on the third replica ends the visit: SignallingEndpoint publishes to both seats.
        for (ParticipantRole role : ParticipantRole.values()) {
            c.publish(new Seat(visit, role), new RoomEvent.VisitClosed(VisitStatus.ENDED));
        }

        await().atMost(WAIT)
                .until(() -> tess.events.contains(new RoomEvent.VisitClosed(VisitStatus.ENDED))
                        && pat.events.contains(new RoomEvent.VisitClosed(VisitStatus.ENDED)));
    }

    @Test
    void aReplicaThatDiesFreesItsSeatsAndThePeerIsToldAndTheParticipantComesBackElsewhere() {
        RedisSignalRelay a = replica();
        RedisSignalRelay doomed = replica();
        UUID visit = UUID.randomUUID();
        Inbox tess = new Inbox();
        Inbox pat = new Inbox();
        a.attach(therapist(visit), tess);
        doomed.attach(patient(visit), pat);
        await().atMost(WAIT).until(() -> a.isPresent(patient(visit)));

        doomed.abandon();

        await().atMost(WAIT)
                .until(() -> tess.events.contains(new RoomEvent.PeerLeft(ParticipantRole.PATIENT, "disconnected")));
        assertThat(a.isPresent(patient(visit)), is(false));
        assertThat(a.relay(patient(visit), "{}"), is(false));

        // The patient reconnects to the surviving replica: an ordinary local seat again.
        Inbox patAgain = new Inbox();
        a.attach(patient(visit), patAgain);
        a.relay(patient(visit), "{\"v\":1,\"type\":\"offer\"}");
        assertThat(patAgain.messages, hasItem("{\"v\":1,\"type\":\"offer\"}"));
    }

    @Test
    void aNewReplicaLearnsWhoIsAlreadyConnected() {
        RedisSignalRelay a = replica();
        UUID visit = UUID.randomUUID();
        a.attach(therapist(visit), new Inbox());

        RedisSignalRelay late = replica();

        assertThat(late.isPresent(therapist(visit)), is(true));
    }

    @Test
    void afterARedisRestartTheReplicasReconnectAndAnnounceTheirSeatsAgain() {
        RedisSignalRelay a = replica();
        RedisSignalRelay b = replica();
        UUID visit = UUID.randomUUID();
        Inbox tess = new Inbox();
        Inbox pat = new Inbox();
        a.attach(therapist(visit), tess);
        b.attach(patient(visit), pat);
        await().atMost(WAIT).until(() -> a.isPresent(patient(visit)) && b.isPresent(therapist(visit)));

        redis.restart();

        await().atMost(WAIT).until(() -> a.ready() && b.ready());
        await().atMost(WAIT).until(() -> a.relay(patient(visit), "{\"after\":\"restart\"}") && !pat.messages.isEmpty());
        assertThat(pat.messages, hasItem("{\"after\":\"restart\"}"));
    }
}
