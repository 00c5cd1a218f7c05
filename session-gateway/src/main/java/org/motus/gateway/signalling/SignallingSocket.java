package org.motus.gateway.signalling;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.motus.gateway.visit.ParticipantRole;
import org.motus.gateway.visit.VisitClosed;
import org.motus.gateway.visit.VisitService;

/**
 * {@code /api/v1/visits/{visitId}/signal}: the visit's signalling socket (SIGNALLING.md) on
 * quarkus-websockets-next. {@link SignallingAdmission} has already checked the caller and the visit
 * and named the caller's role; each connection becomes a {@link Participant} of the room, behind the
 * {@link SignalRelay} (one replica or several). Everything here runs on the connection's event loop.
 */
@WebSocket(path = "/api/v1/visits/{visitId}/signal")
public class SignallingSocket {

    private static final Logger LOG = Logger.getLogger(SignallingSocket.class);
    private static final UserData.TypedKey<Participant> PARTICIPANT = new UserData.TypedKey<>("motus.participant");

    private final Vertx vertx;
    private final VisitService visits;
    private final SignalRelay relay;
    private final SignallingConfig config;
    private final SignalCodec codec;
    private final Clock clock;
    private final Set<Participant> participants = ConcurrentHashMap.newKeySet();
    private long sweeper = -1;

    SignallingSocket(Vertx vertx, VisitService visits, SignalRelay relay, SignallingConfig config, Clock clock) {
        this.vertx = vertx;
        this.clock = clock;
        this.visits = visits;
        this.relay = relay;
        this.config = config;
        // Looked up, not injected: the Validator bean's injection points reach request-scoped beans
        // (its locale resolver reads the request-scoped CurrentVertxRequest), and websockets-next activates the request
        // context for
        // every message of an endpoint whose dependency tree holds one (activate-request-context=auto).
        this.codec = new SignalCodec(Arc.container().instance(Validator.class).get());
        relay.onLoginSession(event -> participants.forEach(participant -> participant.onLoginSession(event)));
    }

    /**
     * Closes sockets that stayed silent longer than {@code motus.signalling.idle-timeout} (4002), and
     * those whose login session's cookie has expired (4004).
     */
    void startSweeping(@Observes StartupEvent started) {
        long period = Math.max(100, Math.min(5_000, config.idleTimeout().toMillis() / 3));
        sweeper = vertx.setPeriodic(period, id -> sweep(System.nanoTime(), clock.millis()));
    }

    void sweep(long nowNanos, long nowEpochMillis) {
        participants.forEach(participant -> {
            participant.closeIfIdle(nowNanos);
            participant.closeIfLoginExpired(nowEpochMillis);
        });
    }

    void stopSweeping(@Observes ShutdownEvent stopped) {
        if (sweeper != -1) {
            vertx.cancelTimer(sweeper);
        }
    }

    /** A visit ended or was cancelled (REST or the room): whoever is still connected gets "ended" and goes. */
    void onVisitClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitClosed closed) {
        for (ParticipantRole role : ParticipantRole.values()) {
            relay.publish(new Seat(closed.visitId(), role), new RoomEvent.VisitClosed(closed.status()));
        }
    }

    @OnOpen
    @NonBlocking
    void open(WebSocketConnection connection) {
        String role = connection.handshakeRequest().header(SignallingAdmission.ROLE_HEADER);
        if (role == null) {
            // Unreachable: every upgrade of this path passes SignallingAdmission first.
            connection
                    .close(new io.quarkus.websockets.next.CloseReason(1008, "Not admitted."))
                    .subscribe()
                    .with(ok -> {});
            return;
        }
        Seat seat = new Seat(UUID.fromString(connection.pathParam("visitId")), ParticipantRole.valueOf(role));
        LoginSession login = new LoginSession(
                connection.handshakeRequest().header(SignallingAdmission.SID_HEADER),
                connection.handshakeRequest().header(SignallingAdmission.SUBJECT_HEADER),
                Instant.ofEpochMilli(
                        Long.parseLong(connection.handshakeRequest().header(SignallingAdmission.EXPIRES_HEADER))));
        Participant participant = new Participant(
                connection, vertx.getOrCreateContext(), vertx, seat, visits, relay, codec, config, login);
        connection.userData().put(PARTICIPANT, participant);
        participants.add(participant);
    }

    @OnTextMessage
    @NonBlocking
    void text(String text, WebSocketConnection connection) {
        Participant participant = connection.userData().get(PARTICIPANT);
        if (participant != null) {
            participant.onText(text);
        }
    }

    @OnBinaryMessage
    @NonBlocking
    void binary(Buffer bytes, WebSocketConnection connection) {
        Participant participant = connection.userData().get(PARTICIPANT);
        if (participant != null) {
            participant.onBinary();
        }
    }

    @OnClose
    @NonBlocking
    void close(WebSocketConnection connection) {
        Participant participant = connection.userData().remove(PARTICIPANT);
        if (participant != null) {
            participants.remove(participant);
            participant.onClose();
        }
    }

    @OnError
    @NonBlocking
    void error(Throwable failure, WebSocketConnection connection) {
        LOG.debugf("Signalling socket %s failed: %s", connection.id(), failure.toString());
    }
}
