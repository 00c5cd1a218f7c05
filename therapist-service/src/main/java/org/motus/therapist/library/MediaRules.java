package org.motus.therapist.library;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which uploads a demonstration may be: a few image and video types, checked by their first bytes
 * (not only the declared type), and size limits per kind. A pure function.
 */
public final class MediaRules {

    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_VIDEO_BYTES = 30 * 1024 * 1024;

    /** Accepted content types and the largest upload of each. */
    public static final Map<String, Integer> LIMITS = Map.of(
            "image/png", MAX_IMAGE_BYTES,
            "image/jpeg", MAX_IMAGE_BYTES,
            "image/webp", MAX_IMAGE_BYTES,
            "video/mp4", MAX_VIDEO_BYTES,
            "video/webm", MAX_VIDEO_BYTES);

    public enum Reason {
        UNSUPPORTED_TYPE,
        CONTENT_MISMATCH,
        EMPTY,
        TOO_LARGE
    }

    public record Rejection(Reason reason, String message) {}

    private MediaRules() {}

    /** The content type without parameters, lower case; null stays null. */
    public static String baseType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    public static Optional<Rejection> check(String declaredContentType, byte[] content) {
        String type = baseType(declaredContentType);
        if (type == null || !LIMITS.containsKey(type)) {
            return Optional.of(new Rejection(
                    Reason.UNSUPPORTED_TYPE,
                    "Upload one of "
                            + String.join(
                                    ", ", LIMITS.keySet().stream().sorted().toList()) + "; got " + type + "."));
        }
        if (content == null || content.length == 0) {
            return Optional.of(new Rejection(Reason.EMPTY, "The upload is empty."));
        }
        int limit = LIMITS.get(type);
        if (content.length > limit) {
            return Optional.of(new Rejection(
                    Reason.TOO_LARGE,
                    "must be at most " + limit + " bytes for " + type + "; got " + content.length + "."));
        }
        if (!looksLike(type, content)) {
            return Optional.of(new Rejection(Reason.CONTENT_MISMATCH, "The content is not a " + type + " file."));
        }
        return Optional.empty();
    }

    static boolean looksLike(String type, byte[] b) {
        return switch (type) {
            case "image/png" -> startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            case "image/jpeg" -> startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "image/webp" -> startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"));
            case "video/mp4" -> startsWith(b, 4, ascii("ftyp"));
            case "video/webm" -> startsWith(b, 0, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3});
            default -> false;
        };
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }
}
