package org.motus.gateway.signalling.baseline;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;
import org.motus.gateway.signalling.*;
import org.motus.gateway.visit.ParticipantRole;
import org.motus.gateway.visit.VisitService;
import org.motus.gateway.visit.VisitStatus;
import org.motus.problem.ProblemException;
import org.motus.problem.ProblemType;

/**
 * One participant's signalling socket for one visit. Runs on the socket's event loop: checks size,
 * rate, type and shape of every message, answers bad ones with an error message (the room stays
 * up), relays signalling to the other participant only, and takes the room steps (join, admit,
 * leave, end) on a worker thread, one after the other.
 */
final class SignalConnection implements Mailbox {

    private static final Logger LOG = Logger.getLogger(SignalConnection.class);

    private final ServerWebSocket socket;
    private final Context context;
    private final Vertx vertx;
    private final Seat seat;
    private final Seat peer;
    private final VisitService visits;
    private final SignalRelay relay;
    private final int maxMessageBytes;
    private final long idleNanos;
    private final TokenBucket bucket;
    private final Runnable onClosed;

    private volatile long lastActivityNanos;
    private volatile boolean closed;
    private volatile boolean inCall;
    private boolean joining;
    private boolean joined;
    private boolean peerToldLeft;
    private UUID attendanceId;
    private Future<?> steps = Future.succeededFuture();

    SignalConnection(
            ServerWebSocket socket,
            Vertx vertx,
            Seat seat,
            VisitService visits,
            SignalRelay relay,
            SignallingConfig config,
            Runnable onClosed) {
        this.socket = socket;
        this.context = vertx.getOrCreateContext();
        this.vertx = vertx;
        this.seat = seat;
        this.peer = seat.peer();
        this.visits = visits;
        this.relay = relay;
        this.maxMessageBytes = config.maxMessageBytes();
        this.idleNanos = config.idleTimeout().toNanos();
        this.lastActivityNanos = System.nanoTime();
        this.bucket = new TokenBucket(config.burst(), config.ratePerSecond(), lastActivityNanos);
        this.onClosed = onClosed;
    }

    void start() {
        socket.textMessageHandler(this::onText);
        socket.binaryMessageHandler(buffer -> onBinary());
        socket.exceptionHandler(failure -> LOG.debugf("Signalling socket of %s failed: %s", seat, failure.toString()));
        socket.closeHandler(v -> onClose());
    }

    Seat seat() {
        return seat;
    }

    // --- Inbound ---

    private void onBinary() {
        lastActivityNanos = System.nanoTime();
        if (!bucket.tryTake(lastActivityNanos)) {
            send(SignalMessage.error(SignalMessage.Code.RATE_LIMITED, "Too many messages; slow down.", null, null));
            return;
        }
        send(SignalMessage.error(SignalMessage.Code.BINARY, "Send JSON text messages.", null, null));
    }

    private void onText(String text) {
        long now = System.nanoTime();
        lastActivityNanos = now;
        if (closed) {
            return;
        }
        if (!bucket.tryTake(now)) {
            send(SignalMessage.error(SignalMessage.Code.RATE_LIMITED, "Too many messages; slow down.", null, null));
            return;
        }
        if (SignalMessage.tooLarge(text, maxMessageBytes)) {
            send(SignalMessage.error(
                    SignalMessage.Code.TOO_LARGE,
                    "Messages are limited to " + maxMessageBytes + " bytes.",
                    null,
                    null));
            return;
        }
        SignalMessage.Read read = SignalMessage.read(text);
        if (read instanceof SignalMessage.Invalid invalid) {
            send(SignalMessage.error(invalid));
        } else if (read instanceof SignalMessage.Valid valid) {
            handle(valid, text);
        }
    }

    private void handle(SignalMessage.Valid message, String text) {
        SignalMessage.Type type = message.type();
        if (type == SignalMessage.Type.PING) {
            send(SignalMessage.pong(message.id()));
            return;
        }
        if (type == SignalMessage.Type.JOIN) {
            join(message);
            return;
        }
        if (!joined) {
            refuse(message, SignalMessage.Code.NOT_JOINED, "Send join and wait for joined first.");
            return;
        }
        if (type.relayed) {
            if (!inCall) {
                refuse(
                        message,
                        SignalMessage.Code.NOT_IN_CALL,
                        "The call starts when the therapist admits the patient.");
            } else if (!relay.relay(peer, text)) {
                refuse(message, SignalMessage.Code.PEER_ABSENT, "The other participant is not connected.");
            }
            return;
        }
        switch (type) {
            case ADMIT ->
                therapistStep(
                        message,
                        () -> {
                            visits.admit(seat.visitId());
                            return null;
                        },
                        ok -> {
                            relay.publish(seat, new RoomEvent.Admitted());
                            relay.publish(peer, new RoomEvent.Admitted());
                        });
            case END ->
                therapistStep(message, () -> visits.endFromRoom(seat.visitId()), ok -> {
                    // VisitService announces the end (VisitClosed); RoomClosing closes both sockets.
                });
            case LEAVE -> {
                tellPeerLeft("left");
                close(CloseReason.LEFT);
            }
            default -> refuse(message, SignalMessage.Code.UNKNOWN_TYPE, "Unexpected message.");
        }
    }

    private void join(SignalMessage.Valid message) {
        if (joined || joining) {
            refuse(message, SignalMessage.Code.ALREADY_JOINED, "This connection has joined already.");
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
            send(SignalMessage.joined(
                    seat.role(), joinedVisit.status(), relay.isPresent(peer), joinedVisit.reconnect()));
            relay.publish(peer, new RoomEvent.PeerJoined(seat.role(), joinedVisit.reconnect()));
            if (joinedVisit.reconnect() && inCall) {
                relay.publish(peer, new RoomEvent.PeerReconnected());
            }
        });
    }

    private <T> void therapistStep(SignalMessage.Valid message, Callable<T> work, java.util.function.Consumer<T> then) {
        if (seat.role() != ParticipantRole.THERAPIST) {
            refuse(message, SignalMessage.Code.FORBIDDEN, "Only the therapist can " + message.type().wire + ".");
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

    /** Runs a blocking room step on a worker thread after the previous one; completes on this socket's context. */
    private <T> Future<T> step(Callable<T> work) {
        Future<T> next = steps.transform(previous -> vertx.executeBlocking(work, false));
        steps = next;
        return next;
    }

    private void refuse(SignalMessage.Valid message, String code, String why) {
        send(SignalMessage.error(code, why, message.id(), message.type().wire));
    }

    private static String codeOf(Throwable failure) {
        if (failure instanceof ProblemException problem) {
            return switch (problem.type()) {
                case CONFLICT -> SignalMessage.Code.CONFLICT;
                case NOT_FOUND -> SignalMessage.Code.NOT_JOINED;
                case FORBIDDEN -> SignalMessage.Code.FORBIDDEN;
                default -> SignalMessage.Code.UNAVAILABLE;
            };
        }
        return SignalMessage.Code.UNAVAILABLE;
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
            send(SignalMessage.peerJoined(joinedPeer.role(), joinedPeer.reconnect()));
        } else if (event instanceof RoomEvent.PeerLeft left) {
            send(SignalMessage.peerLeft(left.role(), left.reason()));
        } else if (event instanceof RoomEvent.Admitted) {
            inCall = true;
            send(SignalMessage.admitted());
        } else if (event instanceof RoomEvent.PeerReconnected) {
            send(SignalMessage.iceRestart("peer-reconnected"));
        } else if (event instanceof RoomEvent.VisitClosed visitClosed) {
            send(SignalMessage.ended(visitClosed.status()));
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

    private void send(String message) {
        if (closed || socket.isClosed()) {
            return;
        }
        if (socket.writeQueueFull()) {
            close(CloseReason.NOT_READING);
            return;
        }
        socket.writeTextMessage(message);
    }

    void closeIfIdle(long nowNanos) {
        if (!closed && nowNanos - lastActivityNanos > idleNanos) {
            context.runOnContext(v -> {
                tellPeerLeft("idle");
                close(CloseReason.IDLE);
            });
        }
    }

    private void tellPeerLeft(String reason) {
        if (joined && !peerToldLeft && relay.detach(seat, this)) {
            peerToldLeft = true;
            relay.publish(peer, new RoomEvent.PeerLeft(seat.role(), reason));
        }
    }

    private void close(CloseReason reason) {
        if (!socket.isClosed()) {
            socket.close(reason.code, reason.reason);
        }
    }

    private void onClose() {
        if (closed) {
            return;
        }
        closed = true;
        onClosed.run();
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
