package org.motus.problem.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiDocumentChecksTest {

    private static Map<String, Object> problemAnswer(boolean withExample) {
        Map<String, Object> media = withExample
                ? Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"), "example", Map.of("status", 404))
                : Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"));
        return Map.of("description", "d", "content", Map.of("application/problem+json", media));
    }

    private static Map<String, Object> document(Map<String, Object> operation) {
        return Map.of(
                "components",
                Map.of("schemas", Map.of("Problem", Map.of())),
                "paths",
                Map.of("/api/v1/things/{id}", Map.of("get", operation), "/q/health", Map.of("get", Map.of())));
    }

    @Test
    void aCompleteOperationPassesBothChecks() {
        Map<String, Object> operation = Map.of(
                "summary",
                "Read a thing",
                "responses",
                Map.of(
                        "200",
                        Map.of(
                                "content",
                                Map.of("application/json", Map.of("example", Map.of()), "application/pdf", Map.of())),
                        "304",
                        Map.of("description", "not modified"),
                        "401",
                        problemAnswer(true),
                        "403",
                        problemAnswer(true),
                        "404",
                        problemAnswer(true)));
        assertEquals(
                new OpenApiDocumentChecks.Findings(1, List.of()),
                OpenApiDocumentChecks.summariesAndExamples(document(operation)));
        assertEquals(
                new OpenApiDocumentChecks.Findings(3, List.of()),
                OpenApiDocumentChecks.errorsAreProblems(document(operation)));
    }

    @Test
    void eachGapIsNamed() {
        Map<String, Object> operation = Map.of(
                "responses",
                Map.of(
                        "200", Map.of("content", Map.of("application/json", Map.of())),
                        "401", problemAnswer(false),
                        "409", Map.of("description", "d", "content", Map.of("application/json", Map.of()))));
        assertEquals(
                List.of(
                        "GET /api/v1/things/{id}: example for 200",
                        "GET /api/v1/things/{id}: example for 409",
                        "GET /api/v1/things/{id}: summary"),
                OpenApiDocumentChecks.summariesAndExamples(document(operation)).wrong().stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of(
                        "GET /api/v1/things/{id} 401: no example",
                        "GET /api/v1/things/{id} 409: media types [application/json]",
                        "GET /api/v1/things/{id}: no 403",
                        "GET /api/v1/things/{id}: no 404"),
                OpenApiDocumentChecks.errorsAreProblems(document(operation)).wrong().stream()
                        .sorted()
                        .toList());
    }
}
