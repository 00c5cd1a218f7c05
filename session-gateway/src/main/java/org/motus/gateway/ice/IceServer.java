package org.motus.gateway.ice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.motus.problem.openapi.ExactSchemas;

/** One entry of RTCConfiguration.iceServers, ready for {@code new RTCPeerConnection({iceServers})}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "IceServer",
        extensions = @Extension(name = ExactSchemas.OMITTED_WHEN_NULL, value = "true", parseValue = true))
public record IceServer(
        List<String> urls,

        @Schema(description = "TURN only: the time-limited user name", nullable = true)
        String username,

        @Schema(description = "TURN only: the HMAC credential for username", nullable = true)
        String credential) {}
