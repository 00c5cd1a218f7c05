package org.motus.gateway.ice;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One entry of RTCConfiguration.iceServers, ready for {@code new RTCPeerConnection({iceServers})}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IceServer")
public record IceServer(List<String> urls, String username, String credential) {
}
