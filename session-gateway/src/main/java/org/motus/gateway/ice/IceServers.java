package org.motus.gateway.ice;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ICE servers for one participant of one visit; TURN credentials expire at {@code expiresAt}. */
@Schema(name = "IceServers")
public record IceServers(List<IceServer> iceServers, Long ttlSeconds, Instant expiresAt) {}
