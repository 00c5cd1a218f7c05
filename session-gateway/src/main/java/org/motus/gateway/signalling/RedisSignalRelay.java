package org.motus.gateway.signalling;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.motus.gateway.visit.ParticipantRole;

/**
 * The relay of several gateway replicas ({@code motus.signalling.relay=redis}, quarkus-redis-client's
 * {@code signalling} client): seats held on this
 * replica are delivered to directly, as in {@link LocalSignalRelay}; everything for a seat held
 * elsewhere goes over one Redis pub/sub channel that every replica subscribes to.
 *
 * <ul>
 * <li><b>Ordering</b>: all publishing goes through one Redis connection on one Vert.x context, so
 * what one participant sends reaches the other in the order it was sent (offer before its
 * candidates), and a seat's "taken" precedes the {@code peer-joined} announced after it.</li>
 * <li><b>Presence</b>: each replica mirrors which seats the others hold, from the bus ("taken",
 * "freed") and, when it (re)connects, from the hash {@code <prefix>:seats}. Room events for a seat
 * not held here are always published, even if the mirror does not know the seat yet, so that two
 * participants joining at the same moment on two replicas still hear of each other.</li>
 * <li><b>Newest tab wins across replicas</b>: "taken" is published by a script that also records
 * the holder, so every replica sees the same order; the last "taken" wins. A seat taken here whose
 * own "taken" has not come back yet was taken after any foreign "taken" arriving meanwhile.</li>
 * <li><b>Replica loss</b>: each replica refreshes {@code <prefix>:replica:<id>} (expiry
 * {@code replica-timeout}); a replica whose key expired is gone: its seats are freed and whoever
 * sat opposite them is told {@code peer-left} ({@code disconnected}).</li>
 * <li><b>Redis down</b>: delivery within this replica goes on; across replicas it stops (readiness
 * DOWN) until the connection is back, when this replica announces its seats again.</li>
 * </ul>
 */
public final class RedisSignalRelay implements SignalRelay, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RedisSignalRelay.class);
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

    /** KEYS: seats hash, channel. ARGV: seat, holder, message. Records the holder and announces it, atomically. */
    private static final String TAKE =
            "redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) " + "return redis.call('PUBLISH', KEYS[2], ARGV[3])";
    /** KEYS: seats hash, channel. ARGV: seat, holder, message. Frees the seat if that holder still has it. */
    private static final String FREE = "if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then "
            + "redis.call('HDEL', KEYS[1], ARGV[1]) end "
            + "return redis.call('PUBLISH', KEYS[2], ARGV[3])";

    private final Vertx vertx;
    private final Context context;
    private final Redis client;
    private final String channel;
    private final String seatsKey;
    private final String replicaKeyPrefix;
    private final Duration replicaTimeout;
    private final String replica = UUID.randomUUID().toString();
    private final AtomicLong holderSequence = new AtomicLong();
    private final Map<Seat, Holder> local = new ConcurrentHashMap<>();
    private final Map<Seat, String> remote = new ConcurrentHashMap<>();
    private volatile Consumer<LoginSessionEvent> loginSessions = event -> {};

    // Touched on `context` only.
    private RedisConnection publisher;
    private RedisConnection subscriber;
    private boolean connecting;
    private boolean reconnectScheduled;
    private long timer = -1;
    private volatile boolean ready;
    private volatile boolean closed;

    /** A mailbox holding a seat here; {@code announced} once its own "taken" came back over the bus. */
    private static final class Holder {
        final String id;
        final Mailbox mailbox;
        volatile boolean announced;

        Holder(String id, Mailbox mailbox) {
            this.id = id;
            this.mailbox = mailbox;
        }
    }

    /**
     * @param client the Redis client (quarkus-redis-client's {@code signalling} client in the gateway);
     *               its owner closes it, not this relay
     */
    public RedisSignalRelay(Vertx vertx, Redis client, SignallingConfig.RedisRelay config) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.client = client;
        this.channel = config.prefix() + ":bus";
        this.seatsKey = config.prefix() + ":seats";
        this.replicaKeyPrefix = config.prefix() + ":replica:";
        this.replicaTimeout = config.replicaTimeout();
    }

    /** Connects (and keeps reconnecting) in the background; {@link #ready()} tells when cross-replica delivery works. */
    public RedisSignalRelay start() {
        context.runOnContext(v -> {
            long period = Math.max(200, replicaTimeout.toMillis() / 3);
            timer = vertx.setPeriodic(period, id -> heartbeatAndSweep());
            connect();
        });
        return this;
    }

    /** This replica's id (logs and tests). */
    public String replica() {
        return replica;
    }

    // --- SignalRelay ---

    @Override
    public boolean attach(Seat seat, Mailbox mailbox) {
        Holder holder = new Holder(replica + "#" + holderSequence.incrementAndGet(), mailbox);
        Holder previous = local.put(seat, holder);
        remote.remove(seat);
        take(seat, holder);
        if (previous != null && previous.mailbox != mailbox) {
            previous.mailbox.notify(new RoomEvent.Replaced());
            return true;
        }
        return false;
    }

    @Override
    public boolean detach(Seat seat, Mailbox mailbox) {
        Holder holder = local.get(seat);
        if (holder == null || holder.mailbox != mailbox || !local.remove(seat, holder)) {
            return false;
        }
        onContext(() -> {
            if (publisher != null) {
                script(FREE, seat, holder.id, bus("freed", seat).put("holder", holder.id));
            }
        });
        return true;
    }

    @Override
    public boolean relay(Seat to, String message) {
        Holder holder = local.get(to);
        if (holder != null) {
            holder.mailbox.deliver(message);
            return true;
        }
        if (!remote.containsKey(to)) {
            return false;
        }
        publish(bus("message", to).put("message", message));
        return true;
    }

    @Override
    public boolean publish(Seat to, RoomEvent event) {
        Holder holder = local.get(to);
        if (holder != null) {
            holder.mailbox.notify(event);
            return true;
        }
        // Published even if the mirror does not know the seat (yet): see the class comment.
        publish(bus("event", to).put("event", RoomEventJson.write(event)));
        return remote.containsKey(to);
    }

    @Override
    public boolean isPresent(Seat seat) {
        return local.containsKey(seat) || remote.containsKey(seat);
    }

    @Override
    public boolean ready() {
        return ready;
    }

    /** Here at once; to the other replicas over the bus (lost while Redis is down, like every bus message). */
    @Override
    public void announce(LoginSessionEvent event) {
        loginSessions.accept(event);
        publish(new JsonObject()
                .put("from", replica)
                .put("kind", "login-session")
                .put("login", event.toJson()));
    }

    @Override
    public synchronized void onLoginSession(Consumer<LoginSessionEvent> listener) {
        loginSessions = loginSessions.andThen(listener);
    }

    // --- The bus ---

    private JsonObject bus(String kind, Seat seat) {
        return new JsonObject().put("from", replica).put("kind", kind).put("seat", seatName(seat));
    }

    private void take(Seat seat, Holder holder) {
        onContext(() -> {
            if (publisher != null) {
                script(TAKE, seat, holder.id, bus("taken", seat).put("holder", holder.id));
            }
        });
    }

    private void publish(JsonObject message) {
        onContext(() -> {
            if (publisher == null) {
                LOG.debugf(
                        "Signalling relay not connected to Redis; dropped a %s for %s",
                        message.getString("kind"), message.getString("seat"));
                return;
            }
            publisher
                    .send(Request.cmd(Command.PUBLISH).arg(channel).arg(message.encode()))
                    .onFailure(failure -> LOG.warnf("Could not publish to Redis: %s", failure.toString()));
        });
    }

    private void script(String script, Seat seat, String holder, JsonObject message) {
        publisher
                .send(Request.cmd(Command.EVAL)
                        .arg(script)
                        .arg(2)
                        .arg(seatsKey)
                        .arg(channel)
                        .arg(seatName(seat))
                        .arg(holder)
                        .arg(message.encode()))
                .onFailure(failure -> LOG.warnf("Redis script for %s failed: %s", seat, failure.toString()));
    }

    private void onPush(Response push) {
        if (push == null
                || push.size() < 3
                || !"message".equals(push.get(0).toString())
                || !channel.equals(push.get(1).toString())) {
            return;
        }
        try {
            onBusMessage(new JsonObject(push.get(2).toString()));
        } catch (RuntimeException e) {
            LOG.warnf("Ignored a malformed signalling relay message: %s", e.toString());
        }
    }

    private void onBusMessage(JsonObject message) {
        boolean own = replica.equals(message.getString("from"));
        if ("login-session".equals(message.getString("kind"))) {
            if (!own) {
                loginSessions.accept(LoginSessionEvent.fromJson(message.getJsonObject("login")));
            }
            return;
        }
        Seat seat = seat(message.getString("seat"));
        switch (message.getString("kind")) {
            case "taken" -> taken(seat, message.getString("holder"), own);
            case "freed" -> {
                if (!own) {
                    remote.remove(seat, message.getString("holder"));
                }
            }
            case "message" -> {
                Holder holder = own ? null : local.get(seat);
                if (holder != null) {
                    holder.mailbox.deliver(message.getString("message"));
                }
            }
            case "event" -> {
                Holder holder = own ? null : local.get(seat);
                if (holder != null) {
                    holder.mailbox.notify(RoomEventJson.read(message.getJsonObject("event")));
                }
            }
            default -> LOG.debugf("Unknown relay message kind %s", message.getString("kind"));
        }
    }

    /** Every replica sees the "taken"s of a seat in the same order; the last one wins. */
    private void taken(Seat seat, String holderId, boolean own) {
        Holder here = local.get(seat);
        if (own) {
            if (here != null && here.id.equals(holderId)) {
                here.announced = true;
            }
            return;
        }
        if (here != null && !here.announced) {
            // Taken here after this foreign "taken" was published: ours is newer and replaces it there.
            return;
        }
        if (here != null && local.remove(seat, here)) {
            here.mailbox.notify(new RoomEvent.Replaced());
        }
        remote.put(seat, holderId);
    }

    // --- Connection, liveness, replica loss ---

    private void connect() {
        if (closed || connecting) {
            return;
        }
        connecting = true;
        Future<RedisConnection> pub = client.connect();
        Future<RedisConnection> sub = client.connect();
        Future.all(pub, sub)
                .compose(both -> {
                    publisher = pub.result();
                    subscriber = sub.result();
                    publisher
                            .exceptionHandler(failure -> lost("publisher", failure))
                            .endHandler(v -> lost("publisher", null));
                    subscriber
                            .exceptionHandler(failure -> lost("subscriber", failure))
                            .endHandler(v -> lost("subscriber", null));
                    subscriber.handler(this::onPush);
                    return subscriber.send(Request.cmd(Command.SUBSCRIBE).arg(channel));
                })
                .compose(subscribed -> heartbeat())
                .compose(alive -> publisher.send(Request.cmd(Command.HGETALL).arg(seatsKey)))
                .onSuccess(seats -> {
                    loadSeats(seats);
                    local.forEach(this::take);
                    connecting = false;
                    ready = true;
                    LOG.infof("Signalling relay: replica %s connected to Redis (channel %s)", replica, channel);
                })
                .onFailure(failure -> {
                    connecting = false;
                    if (pub.succeeded()) {
                        pub.result().close();
                    }
                    if (sub.succeeded()) {
                        sub.result().close();
                    }
                    lost("connection", failure);
                });
    }

    private void lost(String which, Throwable failure) {
        onContext(() -> {
            if (closed || connecting || reconnectScheduled) {
                return;
            }
            if (ready) {
                LOG.warnf(
                        "Signalling relay lost Redis (%s): %s; reconnecting",
                        which, failure == null ? "closed" : failure.toString());
            } else {
                LOG.debugf(
                        "Signalling relay cannot reach Redis (%s): %s",
                        which, failure == null ? "closed" : failure.toString());
            }
            ready = false;
            closeConnections();
            // Both connections report their loss: one reconnect for the two.
            reconnectScheduled = true;
            vertx.setTimer(RECONNECT_DELAY.toMillis(), id -> {
                reconnectScheduled = false;
                connect();
            });
        });
    }

    private void closeConnections() {
        RedisConnection pub = publisher;
        RedisConnection sub = subscriber;
        publisher = null;
        subscriber = null;
        if (pub != null) {
            pub.endHandler(null).exceptionHandler(null);
            pub.close();
        }
        if (sub != null) {
            sub.endHandler(null).exceptionHandler(null);
            sub.close();
        }
    }

    private void loadSeats(Response seats) {
        if (seats == null) {
            return;
        }
        for (String field : seats.getKeys()) {
            String holder = seats.get(field).toString();
            Seat seat = seat(field);
            if (seat != null && !holder.startsWith(replica + "#") && !local.containsKey(seat)) {
                remote.put(seat, holder);
            }
        }
    }

    private Future<Response> heartbeat() {
        return publisher.send(Request.cmd(Command.SET)
                .arg(replicaKeyPrefix + replica)
                .arg("1")
                .arg("PX")
                .arg(replicaTimeout.toMillis()));
    }

    private void heartbeatAndSweep() {
        if (publisher == null || !ready) {
            return;
        }
        heartbeat().onFailure(failure -> LOG.warnf("Signalling relay heartbeat failed: %s", failure.toString()));
        Set<String> replicas = new HashSet<>();
        remote.values().forEach(holder -> replicas.add(replicaOf(holder)));
        for (String other : replicas) {
            publisher
                    .send(Request.cmd(Command.EXISTS).arg(replicaKeyPrefix + other))
                    .onSuccess(exists -> {
                        if (exists != null && exists.toInteger() == 0) {
                            replicaGone(other);
                        }
                    });
        }
    }

    /** Another replica stopped refreshing its key: its seats are free and their peers here are told. */
    private void replicaGone(String other) {
        LOG.infof("Signalling relay: replica %s is gone; freeing its seats", other);
        remote.forEach((seat, holder) -> {
            if (replicaOf(holder).equals(other) && remote.remove(seat, holder)) {
                if (publisher != null) {
                    script(FREE, seat, holder, bus("freed", seat).put("holder", holder));
                }
                Holder peer = local.get(seat.peer());
                if (peer != null) {
                    peer.mailbox.notify(new RoomEvent.PeerLeft(seat.role(), "disconnected"));
                }
            }
        });
    }

    private void onContext(Runnable action) {
        context.runOnContext(v -> action.run());
    }

    @Override
    public void close() {
        closed = true;
        ready = false;
        onContext(() -> {
            if (timer != -1) {
                vertx.cancelTimer(timer);
            }
            RedisConnection pub = publisher;
            Future<?> gone = pub == null
                    ? Future.succeededFuture()
                    : pub.send(Request.cmd(Command.DEL).arg(replicaKeyPrefix + replica));
            gone.onComplete(done -> closeConnections());
        });
    }

    /** Behaves like a replica whose process died: no goodbye, its liveness key simply expires (tests). */
    void abandon() {
        closed = true;
        ready = false;
        onContext(() -> {
            if (timer != -1) {
                vertx.cancelTimer(timer);
            }
            closeConnections();
        });
    }

    // --- Names ---

    static String seatName(Seat seat) {
        return seat.visitId() + "/" + seat.role().name();
    }

    static Seat seat(String name) {
        int slash = name == null ? -1 : name.indexOf('/');
        if (slash < 0) {
            return null;
        }
        try {
            return new Seat(
                    UUID.fromString(name.substring(0, slash)), ParticipantRole.valueOf(name.substring(slash + 1)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String replicaOf(String holder) {
        int hash = holder.indexOf('#');
        return hash < 0 ? holder : holder.substring(0, hash);
    }
}
