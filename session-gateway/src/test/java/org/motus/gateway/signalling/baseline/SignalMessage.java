package org.motus.gateway.signalling.baseline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.motus.gateway.signalling.*;
import org.motus.gateway.visit.ParticipantRole;
import org.motus.gateway.visit.VisitStatus;

/**
 * The signalling protocol, version {@value #VERSION} (SIGNALLING.md): reading what a client sends,
 * strictly (type, shape, sizes, no unknown fields), and writing what the server sends. Pure.
 */
public final class SignalMessage {

    public static final int VERSION = 1;
    static final int MAX_ID_CHARS = 64;
    static final int MAX_CANDIDATE_CHARS = 2048;
    static final int MAX_MID_CHARS = 64;
    static final int MAX_UFRAG_CHARS = 256;
    static final int MAX_MLINE_INDEX = 1023;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Repeated fields are refused: the peer's JSON.parse would take the last one, unchecked. */
    private static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** What a client may send. Relayed types go to the other participant unchanged. */
    public enum Type {
        JOIN("join", false),
        ADMIT("admit", false),
        OFFER("offer", true),
        ANSWER("answer", true),
        CANDIDATE("candidate", true),
        ICE_RESTART("ice-restart", true),
        LEAVE("leave", false),
        END("end", false),
        PING("ping", false);

        private static final Map<String, Type> BY_WIRE =
                Arrays.stream(values()).collect(Collectors.toMap(t -> t.wire, Function.identity()));

        public final String wire;
        public final boolean relayed;

        Type(String wire, boolean relayed) {
            this.wire = wire;
            this.relayed = relayed;
        }

        static Optional<Type> of(String wire) {
            return Optional.ofNullable(BY_WIRE.get(wire));
        }
    }

    /** Error codes of the {@code error} message. */
    public static final class Code {
        public static final String MALFORMED = "malformed";
        public static final String UNSUPPORTED_VERSION = "unsupported-version";
        public static final String UNKNOWN_TYPE = "unknown-type";
        public static final String INVALID = "invalid";
        public static final String TOO_LARGE = "too-large";
        public static final String BINARY = "binary-unsupported";
        public static final String RATE_LIMITED = "rate-limited";
        public static final String NOT_JOINED = "not-joined";
        public static final String ALREADY_JOINED = "already-joined";
        public static final String NOT_IN_CALL = "not-in-call";
        public static final String PEER_ABSENT = "peer-absent";
        public static final String FORBIDDEN = "forbidden";
        public static final String CONFLICT = "conflict";
        public static final String UNAVAILABLE = "unavailable";

        private Code() {}
    }

    /** The outcome of reading a client message. */
    public sealed interface Read {}

    /** A valid message; {@code id} is the client's optional correlation id. */
    public record Valid(Type type, String id) implements Read {}

    /** An invalid message, and why; {@code ref}/{@code refType} echo its id and type when readable. */
    public record Invalid(String code, String message, String ref, String refType) implements Read {}

    private SignalMessage() {}

    /** UTF-8 length of a string without encoding it. */
    public static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    public static boolean tooLarge(String text, int maxBytes) {
        if (text.length() > maxBytes) {
            return true;
        }
        return (long) text.length() * 3 > maxBytes && utf8Length(text) > maxBytes;
    }

    /** Reads a client message with a streaming parser (no tree): the relay's hot path. */
    public static Read read(String text) {
        Fields fields = new Fields();
        try (JsonParser parser = STRICT.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Invalid(Code.MALFORMED, "Not a JSON object.", null, null);
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
                if (token == null) {
                    return new Invalid(Code.MALFORMED, "Not a JSON object.", null, null);
                }
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                fields.read(name, value, parser);
            }
            if (parser.nextToken() != null) {
                return new Invalid(Code.MALFORMED, "Not a JSON object.", null, null);
            }
        } catch (IOException e) {
            return new Invalid(Code.MALFORMED, "Not a JSON object (or a repeated field).", null, null);
        }
        return fields.judge();
    }

    /** What a streaming read saw; {@link #judge} applies the rules in a fixed order. */
    private static final class Fields {
        boolean hasVersion;
        boolean versionIsInt;
        long version;
        String type;
        boolean idSeen;
        String id;
        boolean idValid = true;
        String unexpected;
        boolean sdpSeen;
        String sdp;
        boolean candidateSeen;
        JsonToken candidateToken;
        String candidateProblem;

        void read(String name, JsonToken value, JsonParser parser) throws IOException {
            switch (name) {
                case "v" -> {
                    hasVersion = true;
                    versionIsInt = value == JsonToken.VALUE_NUMBER_INT;
                    version = versionIsInt ? parser.getLongValue() : 0;
                }
                case "type" -> type = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "id" -> {
                    idSeen = true;
                    if (value == JsonToken.VALUE_STRING && parser.getTextLength() <= MAX_ID_CHARS) {
                        id = parser.getText();
                    } else if (value != JsonToken.VALUE_NULL) {
                        idValid = false;
                    }
                }
                case "sdp" -> {
                    sdpSeen = true;
                    sdp = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                case "candidate" -> {
                    candidateSeen = true;
                    candidateToken = value;
                    if (value == JsonToken.START_OBJECT) {
                        candidateProblem = candidateProblem(parser);
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> {
                    if (unexpected == null) {
                        unexpected = name;
                    }
                    parser.skipChildren();
                }
            }
        }

        Read judge() {
            if (!idValid) {
                return new Invalid(
                        Code.INVALID,
                        "\"id\" must be a string of at most " + MAX_ID_CHARS + " characters.",
                        null,
                        null);
            }
            if (!hasVersion || !versionIsInt) {
                return new Invalid(Code.MALFORMED, "Every message carries \"v\": " + VERSION + ".", id, type);
            }
            if (version != VERSION) {
                return new Invalid(Code.UNSUPPORTED_VERSION, "This server speaks version " + VERSION + ".", id, type);
            }
            if (type == null) {
                return new Invalid(Code.MALFORMED, "Every message carries a \"type\" string.", id, null);
            }
            Optional<Type> known = Type.of(type);
            if (known.isEmpty()) {
                return new Invalid(Code.UNKNOWN_TYPE, "Unknown message type \"" + clip(type) + "\".", id, clip(type));
            }
            Optional<String> problem = shapeProblem(known.get());
            return problem.<Read>map(why -> new Invalid(Code.INVALID, why, id, type))
                    .orElseGet(() -> new Valid(known.get(), id));
        }

        private Optional<String> shapeProblem(Type known) {
            boolean takesSdp = known == Type.OFFER || known == Type.ANSWER;
            boolean takesCandidate = known == Type.CANDIDATE;
            String extra = unexpected != null
                    ? unexpected
                    : sdpSeen && !takesSdp ? "sdp" : candidateSeen && !takesCandidate ? "candidate" : null;
            if (extra != null) {
                return Optional.of("Unexpected field \"" + clip(extra) + "\" in " + known.wire + ".");
            }
            if (takesSdp && (sdp == null || !sdp.startsWith("v=0"))) {
                return Optional.of("\"sdp\" must be a session description string (starting with v=0).");
            }
            if (takesCandidate) {
                if (!candidateSeen) {
                    return Optional.of(
                            "\"candidate\" is required (an RTCIceCandidateInit object, or null when gathering is complete).");
                }
                if (candidateToken == JsonToken.VALUE_NULL) {
                    return Optional.empty();
                }
                if (candidateToken != JsonToken.START_OBJECT) {
                    return Optional.of("\"candidate\" must be an object or null.");
                }
                return Optional.ofNullable(candidateProblem);
            }
            return Optional.empty();
        }
    }

    /** RTCIceCandidateInit; the parser stands on its START_OBJECT and is left on its END_OBJECT. */
    private static String candidateProblem(JsonParser parser) throws IOException {
        String problem = null;
        boolean hasLine = false;
        boolean hasMid = false;
        boolean hasIndex = false;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            if (token == null) {
                throw new IOException("unexpected end of input");
            }
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            String fieldProblem = switch (name) {
                case "candidate" -> {
                    hasLine = value == JsonToken.VALUE_STRING;
                    yield hasLine && parser.getTextLength() <= MAX_CANDIDATE_CHARS
                            ? null
                            : "\"candidate.candidate\" must be a string of at most " + MAX_CANDIDATE_CHARS
                                    + " characters.";
                }
                case "sdpMid" -> {
                    hasMid = value == JsonToken.VALUE_STRING;
                    yield value == JsonToken.VALUE_NULL || (hasMid && parser.getTextLength() <= MAX_MID_CHARS)
                            ? null
                            : "\"candidate.sdpMid\" must be null or a string of at most " + MAX_MID_CHARS
                                    + " characters.";
                }
                case "sdpMLineIndex" -> {
                    hasIndex = value == JsonToken.VALUE_NUMBER_INT;
                    long index = hasIndex ? parser.getLongValue() : -1;
                    yield value == JsonToken.VALUE_NULL || (hasIndex && index >= 0 && index <= MAX_MLINE_INDEX)
                            ? null
                            : "\"candidate.sdpMLineIndex\" must be null or an integer from 0 to " + MAX_MLINE_INDEX
                                    + ".";
                }
                case "usernameFragment" ->
                    value == JsonToken.VALUE_NULL
                                    || (value == JsonToken.VALUE_STRING && parser.getTextLength() <= MAX_UFRAG_CHARS)
                            ? null
                            : "\"candidate.usernameFragment\" must be null or a string of at most " + MAX_UFRAG_CHARS
                                    + " characters.";
                default -> "Unexpected field \"candidate." + clip(name) + "\".";
            };
            parser.skipChildren();
            if (problem == null) {
                problem = fieldProblem;
            }
        }
        if (problem != null) {
            return problem;
        }
        if (!hasLine) {
            return "\"candidate.candidate\" must be a string of at most " + MAX_CANDIDATE_CHARS + " characters.";
        }
        if (!hasMid && !hasIndex) {
            return "A candidate needs \"sdpMid\" or \"sdpMLineIndex\".";
        }
        return null;
    }

    private static String clip(String value) {
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }

    // --- What the server sends ---

    private static ObjectNode message(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", VERSION);
        node.put("type", type);
        return node;
    }

    private static String write(ObjectNode node) {
        return node.toString();
    }

    public static String error(String code, String text, String ref, String refType) {
        ObjectNode node = message("error");
        node.put("code", code);
        node.put("message", text);
        if (ref != null) {
            node.put("ref", ref);
        }
        if (refType != null) {
            node.put("refType", refType);
        }
        return write(node);
    }

    public static String error(Invalid invalid) {
        return error(invalid.code(), invalid.message(), invalid.ref(), invalid.refType());
    }

    public static String joined(ParticipantRole role, VisitStatus status, boolean peerPresent, boolean reconnect) {
        ObjectNode node = message("joined");
        node.put("role", role.wireName());
        node.put("status", status.name());
        node.put("peerPresent", peerPresent);
        node.put("reconnect", reconnect);
        return write(node);
    }

    public static String peerJoined(ParticipantRole role, boolean reconnect) {
        ObjectNode node = message("peer-joined");
        node.put("role", role.wireName());
        node.put("reconnect", reconnect);
        return write(node);
    }

    public static String peerLeft(ParticipantRole role, String reason) {
        ObjectNode node = message("peer-left");
        node.put("role", role.wireName());
        node.put("reason", reason);
        return write(node);
    }

    public static String admitted() {
        ObjectNode node = message("admitted");
        node.put("status", VisitStatus.IN_PROGRESS.name());
        return write(node);
    }

    public static String iceRestart(String reason) {
        ObjectNode node = message("ice-restart");
        node.put("reason", reason);
        return write(node);
    }

    public static String ended(VisitStatus status) {
        ObjectNode node = message("ended");
        node.put("status", status.name());
        return write(node);
    }

    public static String pong(String id) {
        ObjectNode node = message("pong");
        if (id != null) {
            node.put("id", id);
        }
        return write(node);
    }
}
