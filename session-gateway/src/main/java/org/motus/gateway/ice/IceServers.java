package org.motus.gateway.ice;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ICE servers for one participant of one visit; TURN credentials expire at {@code expiresAt}. */
@Schema(name = "IceServers")
public record IceServers(
        List<IceServer> iceServers,

        @Schema(description = "How long the TURN credential lasts; null without TURN", nullable = true)
        Long ttlSeconds,

        @Schema(description = "When the TURN credential expires; null without TURN", nullable = true)
        Instant expiresAt) {}
