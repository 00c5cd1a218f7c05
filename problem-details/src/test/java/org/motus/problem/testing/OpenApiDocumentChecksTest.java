package org.motus.problem.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aSuccessfulAnswerWithABodyButNoSchemaIsNamed() {
        Map<String, Object> operation = Map.of(
                "responses",
                Map.of(
                        "200", Map.of("content", Map.of("application/json", Map.of("schema", Map.of()))),
                        "201", Map.of("content", Map.of("text/calendar", Map.of())),
                        "204", Map.of("description", "no body")));
        assertEquals(
                new OpenApiDocumentChecks.Findings(2, List.of("GET /api/v1/things/{id} 201 text/calendar")),
                OpenApiDocumentChecks.successesHaveSchemas(document(operation)));
    }

    @Test
    void onlyPatternsThatMatchAWholeValueOrNotBlankPass() {
        Map<String, Object> document = Map.of(
                "components",
                Map.of(
                        "schemas",
                        Map.of(
                                "Id", Map.of("pattern", "^[a-f0-9]{8}$"),
                                "Slug", Map.of("pattern", "[a-z-]+"),
                                "Name", Map.of("pattern", "\\S"))));
        assertEquals(
                new OpenApiDocumentChecks.Findings(3, List.of("/components/schemas/Slug: [a-z-]+")),
                OpenApiDocumentChecks.patternsAreAnchored(document));
    }

    @Test
    void anExampleThatItsOwnSchemaRefusesIsNamed() {
        String document = """
                {"openapi":"3.0.3","info":{"title":"t","version":"1"},
                 "paths":{"/api/v1/things/{id}":{"get":{"parameters":[{"name":"id","in":"path","required":true,
                   "schema":{"type":"string"}}],
                   "responses":{"200":{"description":"ok","content":{"application/json":{
                     "schema":{"type":"object","required":["pain"],"properties":{"pain":{"type":"integer"}}},
                     "examples":{"right":{"value":{"pain":3}},"wrong":{"value":{"pain":"3"}}}}}}}}}}}""";
        OpenApiDocumentChecks.Findings findings =
                OpenApiDocumentChecks.examplesMatchTheirSchemas(document, path -> path.replace("{id}", "42"));
        assertEquals(2, findings.checked());
        assertEquals(1, findings.wrong().size(), findings.wrong().toString());
        assertTrue(findings.wrong().get(0).startsWith("GET /api/v1/things/{id} 200 example 'wrong'"));
    }
}
