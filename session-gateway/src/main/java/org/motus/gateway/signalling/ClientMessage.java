package org.motus.gateway.signalling;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a client may send (SIGNALLING.md, "Client to server"): one record per message type, told
 * apart by the {@code type} field, constrained by Bean Validation. {@link SignalCodec} reads them
 * strictly (no unknown field, no coercion, no repeated field). Every message carries {@code v}
 * (the protocol version) and may carry {@code id} (echoed in errors as {@code ref}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(ClientMessage.Join.class),
    @JsonSubTypes.Type(ClientMessage.Admit.class),
    @JsonSubTypes.Type(ClientMessage.Offer.class),
    @JsonSubTypes.Type(ClientMessage.Answer.class),
    @JsonSubTypes.Type(ClientMessage.Candidate.class),
    @JsonSubTypes.Type(ClientMessage.IceRestart.class),
    @JsonSubTypes.Type(ClientMessage.MediaState.class),
    @JsonSubTypes.Type(ClientMessage.Leave.class),
    @JsonSubTypes.Type(ClientMessage.End.class),
    @JsonSubTypes.Type(ClientMessage.Ping.class)
})
public sealed interface ClientMessage {

    int MAX_ID_CHARS = 64;
    int MAX_CANDIDATE_CHARS = 2048;
    int MAX_MID_CHARS = 64;
    int MAX_UFRAG_CHARS = 256;
    int MAX_MLINE_INDEX = 1023;
    String SDP = "v=0[\\s\\S]*";
    String SDP_RULE = "\"sdp\" must be a session description string (starting with v=0).";

    /** The protocol version the client speaks; only {@value SignalCodec#VERSION} is understood. */
    Integer v();

    /** The client's optional correlation id. */
    String id();

    /** The wire name of the type, as in {@code "type"}. */
    default String wireType() {
        return getClass().getAnnotation(JsonTypeName.class).value();
    }

    /** Relayed to the other participant unchanged, once the call is on. */
    sealed interface Relayed extends ClientMessage {}

    @JsonTypeName("join")
    record Join(Integer v, String id) implements ClientMessage {}

    @JsonTypeName("admit")
    record Admit(Integer v, String id) implements ClientMessage {}

    @JsonTypeName("offer")
    record Offer(
            Integer v,
            String id,

            @JsonProperty(required = true) @NotNull(message = SDP_RULE) @Pattern(regexp = SDP, message = SDP_RULE)
            String sdp)
            implements Relayed {}

    @JsonTypeName("answer")
    record Answer(
            Integer v,
            String id,

            @JsonProperty(required = true) @NotNull(message = SDP_RULE) @Pattern(regexp = SDP, message = SDP_RULE)
            String sdp)
            implements Relayed {}

    /** {@code candidate} is required but may be null: "gathering complete". */
    @JsonTypeName("candidate")
    record Candidate(
            Integer v,
            String id,
            @JsonProperty(required = true) @Valid IceCandidate candidate) implements Relayed {}

    @JsonTypeName("ice-restart")
    record IceRestart(Integer v, String id) implements Relayed {}

    /** Whether the sender's microphone and camera are on, so the other side can say so (issue 19). */
    @JsonTypeName("media-state")
    record MediaState(
            Integer v,
            String id,

            @JsonProperty(required = true) @NotNull(message = "\"audio\" must be true or false.")
            Boolean audio,

            @JsonProperty(required = true) @NotNull(message = "\"video\" must be true or false.")
            Boolean video)
            implements Relayed {}

    @JsonTypeName("leave")
    record Leave(Integer v, String id) implements ClientMessage {}

    @JsonTypeName("end")
    record End(Integer v, String id) implements ClientMessage {}

    @JsonTypeName("ping")
    record Ping(Integer v, String id) implements ClientMessage {}

    /** The browser's RTCIceCandidateInit. */
    record IceCandidate(
            @NotNull(
                    message = "\"candidate.candidate\" must be a string of at most " + MAX_CANDIDATE_CHARS
                            + " characters.")
            @Size(
                    max = MAX_CANDIDATE_CHARS,
                    message = "\"candidate.candidate\" must be a string of at most " + MAX_CANDIDATE_CHARS
                            + " characters.")
            String candidate,

            @Size(
                    max = MAX_MID_CHARS,
                    message = "\"candidate.sdpMid\" must be null or a string of at most " + MAX_MID_CHARS
                            + " characters.")
            String sdpMid,

            @Min(
                    value = 0,
                    message =
                            "\"candidate.sdpMLineIndex\" must be null or an integer from 0 to " + MAX_MLINE_INDEX + ".")
            @Max(
                    value = MAX_MLINE_INDEX,
                    message =
                            "\"candidate.sdpMLineIndex\" must be null or an integer from 0 to " + MAX_MLINE_INDEX + ".")
            Integer sdpMLineIndex,

            @Size(
                    max = MAX_UFRAG_CHARS,
                    message = "\"candidate.usernameFragment\" must be null or a string of at most " + MAX_UFRAG_CHARS
                            + " characters.")
            String usernameFragment) {

        @AssertTrue(message = "A candidate needs \"sdpMid\" or \"sdpMLineIndex\".")
        boolean isLocated() {
            return sdpMid != null || sdpMLineIndex != null;
        }
    }
}
