package org.motus.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code type} is a stable URN clients may switch on;
 * {@code violations} lists field errors for validation problems.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One field's problem. {@code code} is a stable name a client may switch on (e.g. a clinical
     * rule's finding code); absent where the message alone says it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, String message, String code) {

        public Violation(String field, String message) {
            this(field, message, null);
        }
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null);
    }

    public static Problem validation(String detail, List<Violation> violations) {
        ProblemType type = ProblemType.VALIDATION;
        return new Problem(type.uri(), type.title(), type.status(), detail, violations);
    }
}
