package org.motus.gateway.signalling;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: with the Redis relay, a replica is ready once it can reach the other replicas through Redis. */
@Readiness
@ApplicationScoped
class SignalRelayReadiness implements HealthCheck {

    private final SignalRelay relay;

    SignalRelayReadiness(SignalRelay relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("signalling relay")
                .status(relay.ready())
                .build();
    }
}
