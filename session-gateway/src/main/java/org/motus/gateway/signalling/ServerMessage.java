package org.motus.gateway.signalling;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import org.motus.gateway.visit.ParticipantRole;
import org.motus.gateway.visit.VisitStatus;

/**
 * What the server sends (SIGNALLING.md, "Server to client"): one record per message type, written
 * by {@link SignalCodec} as {@code {"v":1,"type":...,<the record's fields>}}; absent optional fields
 * ({@code id}, {@code ref}, {@code refType}) are left out.
 */
@JsonPropertyOrder({"v", "type"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ServerMessage {

    @JsonProperty("v")
    default int v() {
        return SignalCodec.VERSION;
    }

    @JsonProperty("type")
    default String type() {
        return getClass().getAnnotation(JsonTypeName.class).value();
    }

    @JsonTypeName("joined")
    record Joined(String role, VisitStatus status, boolean peerPresent, boolean reconnect) implements ServerMessage {
        public Joined(ParticipantRole role, VisitStatus status, boolean peerPresent, boolean reconnect) {
            this(role.wireName(), status, peerPresent, reconnect);
        }
    }

    @JsonTypeName("peer-joined")
    record PeerJoined(String role, boolean reconnect) implements ServerMessage {
        public PeerJoined(ParticipantRole role, boolean reconnect) {
            this(role.wireName(), reconnect);
        }
    }

    @JsonTypeName("peer-left")
    record PeerLeft(String role, String reason) implements ServerMessage {
        public PeerLeft(ParticipantRole role, String reason) {
            this(role.wireName(), reason);
        }
    }

    @JsonTypeName("admitted")
    record Admitted(VisitStatus status) implements ServerMessage {
        public Admitted() {
            this(VisitStatus.IN_PROGRESS);
        }
    }

    /** From the server: the other participant came back on a new connection during the call. */
    @JsonTypeName("ice-restart")
    record IceRestart(String reason) implements ServerMessage {
        public static final IceRestart PEER_RECONNECTED = new IceRestart("peer-reconnected");
    }

    @JsonTypeName("ended")
    record Ended(VisitStatus status) implements ServerMessage {}

    @JsonTypeName("pong")
    record Pong(String id) implements ServerMessage {}

    /** A refused message ({@code ref}/{@code refType}: its id and type, when they could be read). */
    @JsonTypeName("error")
    @JsonPropertyOrder({"v", "type", "code", "message", "ref", "refType"})
    record Error(ErrorCode code, String message, String ref, String refType) implements ServerMessage {}

    /** The error codes of SIGNALLING.md, "Error codes". */
    enum ErrorCode {
        MALFORMED("malformed"),
        UNSUPPORTED_VERSION("unsupported-version"),
        UNKNOWN_TYPE("unknown-type"),
        INVALID("invalid"),
        TOO_LARGE("too-large"),
        BINARY("binary-unsupported"),
        RATE_LIMITED("rate-limited"),
        NOT_JOINED("not-joined"),
        ALREADY_JOINED("already-joined"),
        NOT_IN_CALL("not-in-call"),
        PEER_ABSENT("peer-absent"),
        FORBIDDEN("forbidden"),
        CONFLICT("conflict"),
        UNAVAILABLE("unavailable");

        private final String wire;

        ErrorCode(String wire) {
            this.wire = wire;
        }

        @JsonValue
        public String wire() {
            return wire;
        }
    }
}
