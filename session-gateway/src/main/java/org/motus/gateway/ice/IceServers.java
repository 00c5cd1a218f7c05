package org.motus.gateway.ice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The ICE servers for one participant of one visit; TURN credentials expire at {@code expiresAt}. */
@Schema(name = "IceServers")
public record IceServers(List<IceServer> iceServers, Long ttlSeconds, Instant expiresAt) {
}
