package org.motus.gateway.signalling;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * A login session ended (sign-out through the gateway, or revoked in Keycloak: back-channel logout)
 * or was refreshed to a later expiry. Which session: {@code sid}, or, when the provider named none,
 * every session of {@code subject}. Carried to every replica by the {@link SignalRelay}.
 *
 * @param refreshedUntil null: the session ended; otherwise its cookie's new expiry
 */
public record LoginSessionEvent(String sid, String subject, Instant refreshedUntil) {

    static LoginSessionEvent ended(String sid, String subject) {
        return new LoginSessionEvent(sid, subject, null);
    }

    static LoginSessionEvent refreshed(String sid, String subject, Instant until) {
        return new LoginSessionEvent(sid, subject, until);
    }

    boolean isEnd() {
        return refreshedUntil == null;
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject().put("sid", sid).put("subject", subject);
        if (refreshedUntil != null) {
            json.put("refreshedUntil", refreshedUntil.toEpochMilli());
        }
        return json;
    }

    static LoginSessionEvent fromJson(JsonObject json) {
        Long until = json.getLong("refreshedUntil");
        return new LoginSessionEvent(
                json.getString("sid"), json.getString("subject"), until == null ? null : Instant.ofEpochMilli(until));
    }
}
