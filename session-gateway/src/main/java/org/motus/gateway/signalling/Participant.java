package org.motus.gateway.signalling;

import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.motus.gateway.signalling.ServerMessage.ErrorCode;
import org.motus.gateway.visit.ParticipantRole;
import org.motus.gateway.visit.VisitService;
import org.motus.gateway.visit.VisitStatus;
import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/**
 * One participant's signalling connection to one visit's room. Its inbound side runs on the
 * connection's event loop, one message after the other (websockets-next's serial processing):
 * checks size, rate and shape of every message, answers bad ones with an error message (the room
 * stays up), relays signalling to the other participant only, and takes the room steps (join,
 * admit, leave, end) on a worker thread, one after the other.
 */
final class Participant implements Mailbox {

    private static final Logger LOG = Logger.getLogger(Participant.class);
    /** More than this waiting to be written to a client that does not read: closed (1008). */
    static final long MAX_PENDING_BYTES = 1 << 20;

    private final WebSocketConnection connection;
    private final Context context;
    private final Vertx vertx;
    private final Seat seat;
    private final Seat peer;
    private final VisitService visits;
    private final SignalRelay relay;
    private final SignalCodec codec;
    private final int maxMessageBytes;
    private final long idleNanos;
    private final TokenBucket bucket;
    private final AtomicLong pendingBytes = new AtomicLong();
    private final LoginSession login;

    /** When the login session's cookie expires (epoch ms); later when the session is refreshed. */
    private volatile long loginExpiresMillis;

    private volatile long lastActivityNanos;
    private volatile boolean closed;
    private volatile boolean inCall;
    private boolean joining;
    private boolean joined;
    private boolean peerToldLeft;
    private UUID attendanceId;
    private Future<?> steps = Future.succeededFuture();

    Participant(
            WebSocketConnection connection,
            Context context,
            Vertx vertx,
            Seat seat,
            VisitService visits,
            SignalRelay relay,
            SignalCodec codec,
            SignallingConfig config,
            LoginSession login) {
        this.connection = connection;
        this.login = login;
        this.loginExpiresMillis = login.expires().toEpochMilli();
        this.context = context;
        this.vertx = vertx;
        this.seat = seat;
        this.peer = seat.peer();
        this.visits = visits;
        this.relay = relay;
        this.codec = codec;
        this.maxMessageBytes = config.maxMessageBytes();
        this.idleNanos = config.idleTimeout().toNanos();
        this.lastActivityNanos = System.nanoTime();
        this.bucket = new TokenBucket(config.burst(), config.ratePerSecond(), lastActivityNanos);
    }

    // --- Inbound ---

    void onBinary() {
        lastActivityNanos = System.nanoTime();
        if (!bucket.tryTake(lastActivityNanos)) {
            send(new ServerMessage.Error(ErrorCode.RATE_LIMITED, "Too many messages; slow down.", null, null));
            return;
        }
        send(new ServerMessage.Error(ErrorCode.BINARY, "Send JSON text messages.", null, null));
    }

    void onText(String text) {
        long now = System.nanoTime();
        lastActivityNanos = now;
        if (closed) {
            return;
        }
        if (!bucket.tryTake(now)) {
            send(new ServerMessage.Error(ErrorCode.RATE_LIMITED, "Too many messages; slow down.", null, null));
            return;
        }
        if (SignalCodec.tooLarge(text, maxMessageBytes)) {
            send(new ServerMessage.Error(
                    ErrorCode.TOO_LARGE, "Messages are limited to " + maxMessageBytes + " bytes.", null, null));
            return;
        }
        SignalCodec.Read read = codec.read(text);
        if (read instanceof SignalCodec.Invalid invalid) {
            send(invalid.error());
        } else if (read instanceof SignalCodec.Valid valid) {
            handle(valid.message(), text);
        }
    }

    private void handle(ClientMessage message, String text) {
        if (message instanceof ClientMessage.Ping) {
            send(new ServerMessage.Pong(message.id()));
        } else if (message instanceof ClientMessage.Join) {
            join(message);
        } else if (!joined) {
            refuse(message, ErrorCode.NOT_JOINED, "Send join and wait for joined first.");
        } else if (message instanceof ClientMessage.Relayed) {
            if (!inCall) {
                refuse(message, ErrorCode.NOT_IN_CALL, "The call starts when the therapist admits the patient.");
            } else if (!relay.relay(peer, text)) {
                refuse(message, ErrorCode.PEER_ABSENT, "The other participant is not connected.");
            }
        } else if (message instanceof ClientMessage.Admit) {
            therapistStep(message, () -> visits.admit(seat.visitId()), ok -> {
                relay.publish(seat, new RoomEvent.Admitted());
                relay.publish(peer, new RoomEvent.Admitted());
            });
        } else if (message instanceof ClientMessage.End) {
            // VisitService announces the end (VisitClosed); SignallingSocket tells both seats.
            therapistStep(message, () -> visits.endFromRoom(seat.visitId()), ok -> {});
        } else if (message instanceof ClientMessage.Leave) {
            tellPeerLeft("left");
            close(CloseReason.LEFT);
        }
    }

    private void join(ClientMessage message) {
        if (joined || joining) {
            refuse(message, ErrorCode.ALREADY_JOINED, "This connection has joined already.");
            return;
        }
        joining = true;
        step(() -> visits.join(seat.visitId(), seat.role())).onComplete(result -> {
            joining = false;
            if (result.failed()) {
                refuse(message, codeOf(result.cause()), messageOf(result.cause()));
                return;
            }
            if (closed) {
                step(() -> {
                    visits.left(seat.visitId(), seat.role(), result.result().attendanceId(), false);
                    return null;
                });
                return;
            }
            VisitService.Joined joinedVisit = result.result();
            attendanceId = joinedVisit.attendanceId();
            joined = true;
            inCall = joinedVisit.status() == VisitStatus.IN_PROGRESS;
            relay.attach(seat, this);
            send(new ServerMessage.Joined(
                    seat.role(), joinedVisit.status(), relay.isPresent(peer), joinedVisit.reconnect()));
            relay.publish(peer, new RoomEvent.PeerJoined(seat.role(), joinedVisit.reconnect()));
            if (joinedVisit.reconnect() && inCall) {
                relay.publish(peer, new RoomEvent.PeerReconnected());
            }
        });
    }

    private <T> void therapistStep(ClientMessage message, Callable<T> work, Consumer<T> then) {
        if (seat.role() != ParticipantRole.THERAPIST) {
            refuse(message, ErrorCode.FORBIDDEN, "Only the therapist can " + message.wireType() + ".");
            return;
        }
        step(work).onComplete(result -> {
            if (result.failed()) {
                refuse(message, codeOf(result.cause()), messageOf(result.cause()));
            } else {
                then.accept(result.result());
            }
        });
    }

    /** Runs a blocking room step on a worker thread after the previous one; completes on this connection's context. */
    private <T> Future<T> step(Callable<T> work) {
        Future<T> next = steps.transform(previous -> vertx.executeBlocking(work, false));
        steps = next;
        return next;
    }

    private void refuse(ClientMessage message, ErrorCode code, String why) {
        send(new ServerMessage.Error(code, why, message.id(), message.wireType()));
    }

    private static ErrorCode codeOf(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return switch (problem.type()) {
                case CONFLICT -> ErrorCode.CONFLICT;
                case NOT_FOUND -> ErrorCode.NOT_JOINED;
                case FORBIDDEN -> ErrorCode.FORBIDDEN;
                default -> ErrorCode.UNAVAILABLE;
            };
        }
        return ErrorCode.UNAVAILABLE;
    }

    private static String messageOf(Throwable failure) {
        if (failure instanceof ProblemException problem && problem.type() != ProblemType.INTERNAL) {
            return problem.getMessage();
        }
        LOG.errorf(failure, "Signalling step failed");
        return "The server could not do this right now; try again.";
    }

    // --- From the room ---

    @Override
    public void deliver(String message) {
        send(message);
    }

    @Override
    public void notify(RoomEvent event) {
        context.runOnContext(v -> onEvent(event));
    }

    private void onEvent(RoomEvent event) {
        if (closed) {
            return;
        }
        if (event instanceof RoomEvent.PeerJoined joinedPeer) {
            send(new ServerMessage.PeerJoined(joinedPeer.role(), joinedPeer.reconnect()));
        } else if (event instanceof RoomEvent.PeerLeft left) {
            send(new ServerMessage.PeerLeft(left.role(), left.reason()));
        } else if (event instanceof RoomEvent.Admitted) {
            inCall = true;
            send(new ServerMessage.Admitted());
        } else if (event instanceof RoomEvent.PeerReconnected) {
            send(ServerMessage.IceRestart.PEER_RECONNECTED);
        } else if (event instanceof RoomEvent.VisitClosed visitClosed) {
            send(new ServerMessage.Ended(visitClosed.status()));
            peerToldLeft = true;
            close(
                    visitClosed.status() == VisitStatus.CANCELLED
                            ? CloseReason.VISIT_CANCELLED
                            : CloseReason.VISIT_ENDED);
        } else if (event instanceof RoomEvent.Replaced) {
            peerToldLeft = true;
            close(CloseReason.REPLACED);
        }
    }

    // --- Outbound and closing ---

    private void send(ServerMessage message) {
        send(codec.write(message));
    }

    private void send(String message) {
        if (closed || connection.isClosed()) {
            return;
        }
        long size = message.length();
        if (pendingBytes.addAndGet(size) > MAX_PENDING_BYTES) {
            close(CloseReason.NOT_READING);
            return;
        }
        connection.sendText(message).subscribe().with(sent -> pendingBytes.addAndGet(-size), failure -> {
            pendingBytes.addAndGet(-size);
            LOG.debugf("Signalling write to %s failed: %s", seat, failure.toString());
        });
    }

    void closeIfIdle(long nowNanos) {
        if (!closed && nowNanos - lastActivityNanos > idleNanos) {
            context.runOnContext(v -> {
                tellPeerLeft("idle");
                close(CloseReason.IDLE);
            });
        }
    }

    /** Closes the socket (4004) once the cookie of the login session it was opened under has expired. */
    void closeIfLoginExpired(long nowEpochMillis) {
        if (!closed && nowEpochMillis >= loginExpiresMillis) {
            context.runOnContext(v -> close(CloseReason.SESSION_EXPIRED));
        }
    }

    /** The login session it was opened under ended (4003) or was refreshed (expires later). */
    void onLoginSession(LoginSessionEvent event) {
        if (closed || !login.matches(event)) {
            return;
        }
        if (event.isEnd()) {
            context.runOnContext(v -> close(CloseReason.SIGNED_OUT));
        } else if (event.refreshedUntil().toEpochMilli() > loginExpiresMillis) {
            loginExpiresMillis = event.refreshedUntil().toEpochMilli();
        }
    }

    private void tellPeerLeft(String reason) {
        if (joined && !peerToldLeft && relay.detach(seat, this)) {
            peerToldLeft = true;
            relay.publish(peer, new RoomEvent.PeerLeft(seat.role(), reason));
        }
    }

    private void close(CloseReason reason) {
        if (!connection.isClosed()) {
            connection
                    .close(new io.quarkus.websockets.next.CloseReason(reason.code, reason.reason))
                    .subscribe()
                    .with(
                            ok -> {},
                            failure -> LOG.debugf(
                                    "Closing the signalling socket of %s failed: %s", seat, failure.toString()));
        }
    }

    /** The connection is gone (either side closed it, or the network). */
    void onClose() {
        if (closed) {
            return;
        }
        closed = true;
        if (!joined) {
            return;
        }
        boolean heldSeat = relay.detach(seat, this);
        if (heldSeat && !peerToldLeft) {
            peerToldLeft = true;
            relay.publish(peer, new RoomEvent.PeerLeft(seat.role(), "disconnected"));
        }
        UUID attendance = attendanceId;
        boolean stillHere = !heldSeat && relay.isPresent(seat);
        step(() -> {
                    visits.left(seat.visitId(), seat.role(), attendance, stillHere);
                    return null;
                })
                .onFailure(failure -> LOG.warnf("Could not record that %s left: %s", seat, failure.toString()));
    }
}
