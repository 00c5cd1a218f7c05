package org.motus.gateway.signalling;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The relay of a single replica: seats in a concurrent map, delivery by direct call. No Redis needed.
 * The default ({@code motus.signalling.relay=local}); {@link SignalRelays} makes it the bean.
 */
public class LocalSignalRelay implements SignalRelay {

    private final Map<Seat, Mailbox> seats = new ConcurrentHashMap<>();
    private volatile Consumer<LoginSessionEvent> loginSessions = event -> {};

    @Override
    public boolean attach(Seat seat, Mailbox mailbox) {
        Mailbox previous = seats.put(seat, mailbox);
        if (previous != null && previous != mailbox) {
            previous.notify(new RoomEvent.Replaced());
            return true;
        }
        return false;
    }

    @Override
    public boolean detach(Seat seat, Mailbox mailbox) {
        return seats.remove(seat, mailbox);
    }

    @Override
    public boolean relay(Seat to, String message) {
        Mailbox mailbox = seats.get(to);
        if (mailbox == null) {
            return false;
        }
        mailbox.deliver(message);
        return true;
    }

    @Override
    public boolean publish(Seat to, RoomEvent event) {
        Mailbox mailbox = seats.get(to);
        if (mailbox == null) {
            return false;
        }
        mailbox.notify(event);
        return true;
    }

    @Override
    public boolean isPresent(Seat seat) {
        return seats.containsKey(seat);
    }

    @Override
    public void announce(LoginSessionEvent event) {
        loginSessions.accept(event);
    }

    @Override
    public synchronized void onLoginSession(Consumer<LoginSessionEvent> listener) {
        loginSessions = loginSessions.andThen(listener);
    }
}
