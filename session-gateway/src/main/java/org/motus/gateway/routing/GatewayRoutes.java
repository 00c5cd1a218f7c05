package org.motus.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * The gateway's route table and proxy limits, from {@code motus.gateway.*}:
 * <pre>
 * motus.gateway.routes."/api/v1/patients"=${motus.services.patient-url}
 * motus.gateway.routes."/api/v1/exercises"=${motus.services.therapist-url}
 * </pre>
 */
@ConfigMapping(prefix = "motus.gateway")
public interface GatewayRoutes {

    /** /api path prefix to the base URL of the service that owns it (http or https, no path needed). */
    Map<String, String> routes();

    /** How long to wait for a service to accept the connection. */
    @WithDefault("5S")
    Duration connectTimeout();

    /** How long a service may stay silent before the call fails with 503 problem details. */
    @WithDefault("30S")
    Duration upstreamTimeout();
}
