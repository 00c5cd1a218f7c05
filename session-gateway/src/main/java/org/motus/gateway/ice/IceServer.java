package org.motus.gateway.ice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of RTCConfiguration.iceServers, ready for {@code new RTCPeerConnection({iceServers})}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "IceServer")
public record IceServer(List<String> urls, String username, String credential) {}
