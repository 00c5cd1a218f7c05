package org.motus.problem.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an answer a service gave against the service's own OpenAPI document: its status is one the
 * operation declares, its media type is declared for that status, and its body matches the schema
 * (required fields present, nullability, types, enums, formats, patterns, and no field the document
 * does not name). Requests are not judged: tests send malformed requests on purpose, and a path the
 * document does not describe (health, metrics, the document itself) is not an API answer.
 */
public final class OpenApiResponses {

    private final OpenApiInteractionValidator validator;

    private OpenApiResponses(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A JSON document as maps and lists. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document", e);
        }
    }

    /** A value (an example read from a document) as JSON text. */
    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value, e);
        }
    }

    /** A checker for one OpenAPI 3.0 document given as JSON or YAML text. */
    public static OpenApiResponses of(String document) {
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                // An answer with a field the document does not name is a drift between the Java record
                // and the contract: the generated web types would not know it.
                .withLevel("validation.response.body.schema.additionalProperties", ValidationReport.Level.ERROR)
                .withDefaultLevel(ValidationReport.Level.ERROR)
                .build();
        return new OpenApiResponses(OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(levels)
                .build());
    }

    /**
     * What is wrong with one answer, empty when it matches the document.
     *
     * @param method      the request's HTTP method
     * @param path        the request's path without the query, as sent (e.g. {@code /api/v1/patients/42})
     * @param status      the answer's status code
     * @param contentType the answer's Content-Type header, or null when it had none
     * @param body        the answer's body as text, empty when it had none
     */
    public List<String> problems(String method, String path, int status, String contentType, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        Optional.ofNullable(contentType).filter(type -> !type.isBlank()).ifPresent(response::withContentType);
        if (body != null && !body.isEmpty()) {
            response.withBody(body);
        }
        ValidationReport report = validator.validateResponse(
                path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), response.build());
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage()
                        + message.getContext()
                                .flatMap(ValidationReport.MessageContext::getPointers)
                                .map(pointers -> " at " + pointers.getInstance())
                                .orElse(""))
                .toList();
    }
}
