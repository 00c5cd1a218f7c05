package org.motus.gateway.signalling;

import java.util.function.Consumer;

/**
 * Who holds which seat of which room, and delivery to them. One replica: {@link LocalSignalRelay}
 * (in memory). Several replicas: {@link RedisSignalRelay} (Redis pub/sub): attach announces "seat
 * taken" so that an older holder on another replica is told {@link RoomEvent.Replaced}, and
 * relay/publish reach a seat held on another replica through the bus. {@link SignalRelays} picks
 * one from {@code motus.signalling.relay}.
 */
public interface SignalRelay {

    /**
     * Gives the seat to this mailbox. An earlier holder is notified {@link RoomEvent.Replaced}.
     * @return whether an earlier holder was replaced
     */
    boolean attach(Seat seat, Mailbox mailbox);

    /** Frees the seat if this mailbox still holds it. @return whether it did */
    boolean detach(Seat seat, Mailbox mailbox);

    /** Relays a signalling message to whoever holds the seat. @return false if nobody does */
    boolean relay(Seat to, String message);

    /** Tells whoever holds the seat about a room event. @return false if nobody does */
    boolean publish(Seat to, RoomEvent event);

    boolean isPresent(Seat seat);

    /**
     * Tells the sockets of every replica, this one included, that a login session ended or was
     * refreshed (the replica that hears of it is rarely the one holding its sockets).
     */
    void announce(LoginSessionEvent event);

    /** Adds a listener where {@link #announce}d login session events arrive, from this replica and the others. */
    void onLoginSession(Consumer<LoginSessionEvent> listener);

    /** Whether the relay can deliver across replicas right now (readiness); a local relay always can. */
    default boolean ready() {
        return true;
    }
}
