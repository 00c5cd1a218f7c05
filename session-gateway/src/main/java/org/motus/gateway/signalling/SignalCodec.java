package org.motus.gateway.signalling;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.motus.gateway.signalling.ServerMessage.ErrorCode;

/**
 * The signalling protocol, version {@value #VERSION} (SIGNALLING.md), as JSON: reads what a client
 * sends into a {@link ClientMessage} strictly (Jackson without coercion, unknown or repeated fields,
 * then Bean Validation), and writes {@link ServerMessage}s. A message that does not read is looked
 * at again as a tree only to say precisely why (the error codes' order of SIGNALLING.md).
 * <p>
 * Every relayed message passes here, so the common case is kept cheap (ADR 0018): the {@code type}
 * is peeked with the streaming parser and the message bound straight to its record (Jackson's
 * polymorphic reading would buffer {@code "v"}, which clients send first); records without
 * constraints are not given to the validator, and an ICE candidate within its bounds
 * ({@link #withinBounds}) neither. Whatever the shortcut does not accept goes the general way,
 * so the outcome and the error messages are Bean Validation's.
 */
public final class SignalCodec {

    public static final int VERSION = 1;

    /** The outcome of reading a client message. */
    public sealed interface Read {}

    /** A valid message. */
    public record Valid(ClientMessage message) implements Read {}

    /** An invalid message, and why; {@code ref}/{@code refType} echo its id and type when readable. */
    public record Invalid(ErrorCode code, String message, String ref, String refType) implements Read {

        public ServerMessage.Error error() {
            return new ServerMessage.Error(code, message, ref, refType);
        }
    }

    private static final Set<String> CLIENT_TYPES = Arrays.stream(
                    ClientMessage.class.getAnnotation(JsonSubTypes.class).value())
            .map(type -> type.value().getAnnotation(JsonTypeName.class).value())
            .collect(Collectors.toUnmodifiableSet());

    /** The client records read as themselves: no type id handling, the already peeked "type" skipped. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
    @JsonIgnoreProperties({"type"})
    private interface BoundByType {}

    private final JsonFactory json;
    private final ObjectReader reader;
    private final Map<String, ObjectReader> readersByType;
    private final Set<Class<?>> constrained;
    private final ObjectReader trees;
    private final ObjectWriter writer;
    private final Validator validator;

    public SignalCodec(Validator validator) {
        ObjectMapper strict = strictMapper().build();
        ObjectMapper bound =
                strictMapper().addMixIn(ClientMessage.class, BoundByType.class).build();
        this.json = strict.getFactory();
        this.reader = strict.readerFor(ClientMessage.class);
        this.readersByType = Arrays.stream(
                        ClientMessage.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::value)
                .collect(Collectors.toUnmodifiableMap(
                        type -> type.getAnnotation(JsonTypeName.class).value(), bound::readerFor));
        this.constrained = Arrays.stream(
                        ClientMessage.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::value)
                .filter(type -> validator.getConstraintsForClass(type).isBeanConstrained())
                .collect(Collectors.toUnmodifiableSet());
        this.trees = strict.readerFor(JsonNode.class);
        this.writer = strict.writer();
        this.validator = validator;
    }

    private static JsonMapper.Builder strictMapper() {
        // Repeated fields are refused: the peer's JSON.parse would take the last one, unchecked.
        return JsonMapper.builder(JsonFactory.builder()
                        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        .build())
                .enable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

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

    public Read read(String text) {
        ClientMessage message;
        try {
            String type = peekType(text);
            ObjectReader byType = type == null ? null : readersByType.get(type);
            message = byType != null ? byType.readValue(text) : reader.readValue(text);
        } catch (JsonProcessingException e) {
            return diagnose(text, e);
        }
        if (message == null) {
            return new Invalid(ErrorCode.MALFORMED, "Not a JSON object.", null, null);
        }
        String id = message.id();
        if (id != null && id.length() > ClientMessage.MAX_ID_CHARS) {
            return new Invalid(ErrorCode.INVALID, ID_RULE, null, null);
        }
        if (message.v() == null || message.v() != VERSION) {
            return diagnose(text, null);
        }
        if (plainlyValid(message)) {
            return new Valid(message);
        }
        Set<ConstraintViolation<ClientMessage>> violations = validator.validate(message);
        if (!violations.isEmpty()) {
            String why = violations.stream()
                    .map(ConstraintViolation::getMessage)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            return new Invalid(ErrorCode.INVALID, why, id, message.wireType());
        }
        return new Valid(message);
    }

    /**
     * The top-level {@code "type"} string, read with the streaming parser up to that field only;
     * null when there is none or the text is not a JSON object (the general reader then says why).
     */
    private String peekType(String text) {
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** True when Bean Validation would find nothing to say, known without asking it. */
    private boolean plainlyValid(ClientMessage message) {
        if (message instanceof ClientMessage.Candidate candidate) {
            return candidate.candidate() == null || withinBounds(candidate.candidate());
        }
        return !constrained.contains(message.getClass());
    }

    /**
     * The constraints of {@link ClientMessage.IceCandidate}, checked by hand for the one message
     * that comes by the dozen; {@code SignalCodecTest} holds it to Bean Validation's verdict on
     * every edge of every bound. False sends the candidate to the validator for its message.
     */
    static boolean withinBounds(ClientMessage.IceCandidate init) {
        String mid = init.sdpMid();
        Integer index = init.sdpMLineIndex();
        String ufrag = init.usernameFragment();
        return init.candidate() != null
                && init.candidate().length() <= ClientMessage.MAX_CANDIDATE_CHARS
                && (mid != null || index != null)
                && (mid == null || mid.length() <= ClientMessage.MAX_MID_CHARS)
                && (index == null || (index >= 0 && index <= ClientMessage.MAX_MLINE_INDEX))
                && (ufrag == null || ufrag.length() <= ClientMessage.MAX_UFRAG_CHARS);
    }

    public String write(ServerMessage message) {
        try {
            return writer.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A server message did not serialise: " + message, e);
        }
    }

    private static final String ID_RULE =
            "\"id\" must be a string of at most " + ClientMessage.MAX_ID_CHARS + " characters.";

    /** Why a message did not read, in SIGNALLING.md's order: JSON, id, v, type, then the type's own fields. */
    private Invalid diagnose(String text, JsonProcessingException failure) {
        JsonNode node;
        try {
            node = trees.readValue(text);
        } catch (JsonProcessingException e) {
            return new Invalid(ErrorCode.MALFORMED, "Not a JSON object (or a repeated field).", null, null);
        }
        if (node == null || !node.isObject()) {
            return new Invalid(ErrorCode.MALFORMED, "Not a JSON object.", null, null);
        }
        JsonNode idNode = node.get("id");
        if (idNode != null
                && !idNode.isNull()
                && !(idNode.isTextual() && idNode.textValue().length() <= ClientMessage.MAX_ID_CHARS)) {
            return new Invalid(ErrorCode.INVALID, ID_RULE, null, null);
        }
        String id = idNode == null ? null : idNode.textValue();
        JsonNode typeNode = node.get("type");
        String type = typeNode != null && typeNode.isTextual() ? typeNode.textValue() : null;
        JsonNode version = node.get("v");
        if (version == null || !version.isIntegralNumber()) {
            return new Invalid(ErrorCode.MALFORMED, "Every message carries \"v\": " + VERSION + ".", id, type);
        }
        if (!version.canConvertToInt() || version.intValue() != VERSION) {
            return new Invalid(ErrorCode.UNSUPPORTED_VERSION, "This server speaks version " + VERSION + ".", id, type);
        }
        if (type == null) {
            return new Invalid(ErrorCode.MALFORMED, "Every message carries a \"type\" string.", id, null);
        }
        if (!CLIENT_TYPES.contains(type)) {
            return new Invalid(ErrorCode.UNKNOWN_TYPE, "Unknown message type \"" + clip(type) + "\".", id, clip(type));
        }
        return new Invalid(ErrorCode.INVALID, describe(failure, type), id, type);
    }

    private static String describe(JsonProcessingException failure, String type) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return "Unexpected field \"" + clip(path(unknown)) + "\" in " + type + ".";
        }
        if (failure instanceof MismatchedInputException mismatch) {
            String field = path(mismatch);
            if (field.isEmpty() && mismatch.getMessage().contains("'candidate'")) {
                field = "candidate";
            } else if (field.isEmpty() && mismatch.getMessage().contains("'sdp'")) {
                field = "sdp";
            }
            return switch (field) {
                case "sdp" -> ClientMessage.SDP_RULE;
                case "candidate" ->
                    "\"candidate\" is required (an RTCIceCandidateInit object, or null when gathering is complete).";
                case "" -> "The fields of " + type + " are not as SIGNALLING.md describes them.";
                default -> "\"" + clip(field) + "\" has the wrong type.";
            };
        }
        return "The fields of " + type + " are not as SIGNALLING.md describes them.";
    }

    private static String path(JsonMappingException failure) {
        return failure.getPath().stream()
                .map(JsonMappingException.Reference::getFieldName)
                .filter(name -> name != null)
                .collect(Collectors.joining("."));
    }

    private static String clip(String value) {
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
    }
}
