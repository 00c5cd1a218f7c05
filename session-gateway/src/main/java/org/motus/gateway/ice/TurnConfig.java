package org.motus.gateway.ice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * STUN/TURN for WebRTC, from {@code motus.turn.*}. TURN credentials follow the TURN REST API
 * scheme that coturn implements with {@code use-auth-secret} + {@code static-auth-secret}.
 * <pre>
 * MOTUS_TURN_URLS=stun:turn.example.org:3478,turn:turn.example.org:3478?transport=udp,turns:turn.example.org:5349
 * MOTUS_TURN_SECRET=...   (coturn's static-auth-secret; from the environment only)
 * MOTUS_TURN_TTL=1H
 * </pre>
 */
@ConfigMapping(prefix = "motus.turn")
public interface TurnConfig {

    /** stun:, turn: and turns: URLs. None: the gateway hands out no ICE servers (enough on a LAN). */
    Optional<List<String>> urls();

    /** The secret shared with coturn; required as soon as a turn: or turns: URL is configured. */
    Optional<String> secret();

    /** How long a TURN credential is valid. */
    @WithDefault("1H")
    Duration ttl();
}
