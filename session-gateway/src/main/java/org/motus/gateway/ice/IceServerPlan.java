package org.motus.gateway.ice;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Turns {@link TurnConfig} into the ICE servers handed to a participant: the stun: URLs as they
 * are, the turn:/turns: URLs with a fresh credential for the caller. A turn: URL without a secret
 * stops the start (a static password must never reach the browser).
 */
@ApplicationScoped
public class IceServerPlan {

    private static final Logger LOG = Logger.getLogger(IceServerPlan.class);

    private final TurnConfig config;
    private final Clock clock;
    private final List<String> stun = new ArrayList<>();
    private final List<String> turn = new ArrayList<>();

    IceServerPlan(TurnConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        for (String url : config.urls().orElse(List.of())) {
            String trimmed = url.strip();
            String scheme = trimmed.toLowerCase(Locale.ROOT);
            if (scheme.startsWith("stun:") || scheme.startsWith("stuns:")) {
                stun.add(trimmed);
            } else if (scheme.startsWith("turn:") || scheme.startsWith("turns:")) {
                turn.add(trimmed);
            } else if (!trimmed.isEmpty()) {
                throw new IllegalArgumentException("motus.turn.urls: not a stun:, turn: or turns: URL: " + trimmed);
            }
        }
        if (!turn.isEmpty() && config.secret().map(String::isBlank).orElse(true)) {
            throw new IllegalArgumentException("motus.turn.urls has TURN URLs but MOTUS_TURN_SECRET is not set");
        }
        if (config.ttl().isNegative() || config.ttl().isZero()) {
            throw new IllegalArgumentException("motus.turn.ttl must be positive");
        }
    }

    void logPlan(@Observes StartupEvent startup) {
        LOG.infof(
                "ICE servers: %d STUN URL(s), %d TURN URL(s), TURN credentials valid for %s",
                stun.size(), turn.size(), config.ttl());
    }

    public IceServers forSubject(String subject) {
        List<IceServer> servers = new ArrayList<>();
        if (!stun.isEmpty()) {
            servers.add(new IceServer(List.copyOf(stun), null, null));
        }
        if (turn.isEmpty()) {
            return new IceServers(servers, null, null);
        }
        TurnCredential credential =
                TurnCredential.issue(config.secret().orElseThrow(), subject, Instant.now(clock), config.ttl());
        servers.add(new IceServer(List.copyOf(turn), credential.username(), credential.credential()));
        return new IceServers(servers, config.ttl().toSeconds(), credential.expiresAt());
    }
}
