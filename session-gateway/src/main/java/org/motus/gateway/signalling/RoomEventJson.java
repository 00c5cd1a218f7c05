package org.motus.gateway.signalling;

import io.vertx.core.json.JsonObject;
import org.motus.gateway.visit.ParticipantRole;
import org.motus.gateway.visit.VisitStatus;

/** {@link RoomEvent}s as JSON objects, for the relay between replicas. Pure. */
final class RoomEventJson {

    private RoomEventJson() {}

    static JsonObject write(RoomEvent event) {
        JsonObject json = new JsonObject();
        if (event instanceof RoomEvent.PeerJoined joined) {
            return json.put("type", "peer-joined")
                    .put("role", joined.role().name())
                    .put("reconnect", joined.reconnect());
        } else if (event instanceof RoomEvent.PeerLeft left) {
            return json.put("type", "peer-left").put("role", left.role().name()).put("reason", left.reason());
        } else if (event instanceof RoomEvent.Admitted) {
            return json.put("type", "admitted");
        } else if (event instanceof RoomEvent.PeerReconnected) {
            return json.put("type", "peer-reconnected");
        } else if (event instanceof RoomEvent.VisitClosed closed) {
            return json.put("type", "visit-closed")
                    .put("status", closed.status().name());
        } else if (event instanceof RoomEvent.Replaced) {
            return json.put("type", "replaced");
        }
        throw new IllegalArgumentException("Unknown room event " + event);
    }

    /** @throws IllegalArgumentException if the object is not a room event written by {@link #write} */
    static RoomEvent read(JsonObject json) {
        String type = json.getString("type");
        if (type == null) {
            throw new IllegalArgumentException("A room event without type");
        }
        return switch (type) {
            case "peer-joined" -> new RoomEvent.PeerJoined(role(json), json.getBoolean("reconnect", false));
            case "peer-left" -> new RoomEvent.PeerLeft(role(json), json.getString("reason", "disconnected"));
            case "admitted" -> new RoomEvent.Admitted();
            case "peer-reconnected" -> new RoomEvent.PeerReconnected();
            case "visit-closed" -> new RoomEvent.VisitClosed(VisitStatus.valueOf(json.getString("status")));
            case "replaced" -> new RoomEvent.Replaced();
            default -> throw new IllegalArgumentException("Unknown room event type " + type);
        };
    }

    private static ParticipantRole role(JsonObject json) {
        return ParticipantRole.valueOf(json.getString("role"));
    }
}
