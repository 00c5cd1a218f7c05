package org.motus.gateway.signalling;

/** Where the room delivers to one connection. Both methods may be called from any thread. */
public interface Mailbox {

    /** A signalling message from the other participant, exactly as they sent it (already validated). */
    void deliver(String message);

    /** Something the room has to say. */
    void notify(RoomEvent event);
}
