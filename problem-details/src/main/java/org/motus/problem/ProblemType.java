package org.motus.problem;

/**
 * The stable problem types every Motus service answers with. Their titles are in Spanish and
 * German in {@code ProblemType_es.properties} and {@code _de} (ADR 0048).
 */
public enum ProblemType implements ProblemText {
    VALIDATION(400, "Invalid request"),
    MALFORMED_BODY(400, "Malformed request body"),
    UNAUTHENTICATED(401, "Not signed in"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    CONFLICT(409, "Conflict"),
    /** A body over the endpoint's own limit (an image over 5 MiB), said as a problem. */
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    RULE_VIOLATION(422, "Clinical rule violated"),
    /** One person's writes over their rate limit; the answer carries {@code Retry-After}. */
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL(500, "Unexpected error"),
    UPSTREAM_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    @Override
    public String english() {
        return title;
    }

    /** The title in the reader's language. */
    public String title(java.util.Locale reader) {
        return ProblemTexts.pattern(this, reader);
    }

    public String uri() {
        return "urn:motus:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** The type of a {@link #uri()}; null for one that is not a Motus problem type. */
    public static ProblemType forUri(String uri) {
        for (ProblemType type : values()) {
            if (type.uri().equals(uri)) {
                return type;
            }
        }
        return null;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_BODY && type != RULE_VIOLATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
