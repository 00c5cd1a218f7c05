package org.motus.therapist.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.OpenApiDocumentChecks;
import org.motus.therapist.testing.PatientServiceStub;

/** This service's OpenAPI document passes the checks every Motus service's document must pass. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class OpenApiTest {

    private Map<String, Object> document;

    @BeforeEach
    void readTheDocument() {
        document = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    @Test
    void everyEndpointHasASummaryAndExamples() {
        OpenApiDocumentChecks.Findings findings = OpenApiDocumentChecks.summariesAndExamples(document);
        assertTrue(findings.checked() >= 15, "found only " + findings.checked() + " operations");
        assertEquals(List.of(), findings.wrong());
    }

    /** Every error response of every operation: application/problem+json, the Problem schema, an example; 401 and 403 everywhere. */
    @Test
    void everyErrorResponseIsAProblemWithAnExample() {
        OpenApiDocumentChecks.Findings findings = OpenApiDocumentChecks.errorsAreProblems(document);
        assertTrue(findings.checked() >= 40, "found only " + findings.checked() + " error responses");
        assertEquals(List.of(), findings.wrong());
    }

    @Test
    void everyPatternIsAnchoredExceptNotBlanksContainsANonSpace() {
        List<String> unanchored = new java.util.ArrayList<>();
        patterns(document, "", unanchored);
        assertEquals(List.of(), unanchored);
    }

    @Test
    void everySuccessfulAnswerWithABodyHasASchema() {
        List<String> missing = new java.util.ArrayList<>();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?> op) || !(op.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            responses.forEach((status, response) -> {
                if (String.valueOf(status).startsWith("2")
                        && response instanceof Map<?, ?> r
                        && r.get("content") instanceof Map<?, ?> content) {
                    content.forEach((media, body) -> {
                        if (!(body instanceof Map<?, ?> b) || b.get("schema") == null) {
                            missing.add(method + " " + path + " " + status + " " + media);
                        }
                    });
                }
            });
        }));
        assertEquals(List.of(), missing);
    }

    @Test
    void theRegionFilterListsTheRegionsTheLibraryKnows() {
        Object parameters = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath()
                .getList("paths.'/api/v1/exercises'.get.parameters.find { it.name == 'region' }.schema.enum");
        assertEquals(org.motus.therapist.library.Regions.ALL, parameters);
    }

    /** The examples shown for successful answers are answers the document accepts (they drift otherwise). */
    @Test
    @SuppressWarnings("unchecked")
    void everyExampleOfASuccessfulAnswerMatchesItsSchema() throws Exception {
        String text = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.motus.problem.testing.OpenApiResponses answers = org.motus.problem.testing.OpenApiResponses.of(text);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> wrong = new java.util.ArrayList<>();
        int checked = 0;
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        for (var path : paths.entrySet()) {
            String concrete = path.getKey()
                    .replace("{version}", "1")
                    .replaceAll("\\{name[^}]*}", "bridge")
                    .replaceAll("\\{[^}]+}", "0b6f1c1e-3f0a-4c1e-9d1a-000000000008");
            for (var operation : path.getValue().entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?> op)
                        || !(op.get("responses") instanceof Map<?, ?> responses)) {
                    continue;
                }
                for (var response : ((Map<String, Map<String, Object>>) responses).entrySet()) {
                    if (!response.getKey().startsWith("2")
                            || !(response.getValue().get("content") instanceof Map<?, ?> content)) {
                        continue;
                    }
                    for (var media : ((Map<String, Map<String, Object>>) content).entrySet()) {
                        if (!media.getKey().contains("json")
                                || !(media.getValue().get("examples") instanceof Map<?, ?> examples)) {
                            continue;
                        }
                        for (var example : ((Map<String, Map<String, Object>>) examples).entrySet()) {
                            checked++;
                            List<String> problems = answers.problems(
                                    operation.getKey(),
                                    concrete,
                                    Integer.parseInt(response.getKey()),
                                    media.getKey(),
                                    json.writeValueAsString(example.getValue().get("value")));
                            if (!problems.isEmpty()) {
                                wrong.add(operation.getKey().toUpperCase() + " " + path.getKey() + " "
                                        + response.getKey() + " example '" + example.getKey() + "': " + problems);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 20, "found only " + checked + " examples");
        assertEquals(List.of(), wrong);
    }

    /** Collects every pattern that does not match the whole value; {@code \S} is how @NotBlank is written. */
    private static void patterns(Object node, String at, List<String> unanchored) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("pattern") instanceof String pattern
                    && !pattern.equals("\\S")
                    && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
                unanchored.add(at + ": " + pattern);
            }
            map.forEach((key, value) -> patterns(value, at + "/" + key, unanchored));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                patterns(list.get(i), at + "/" + i, unanchored);
            }
        }
    }
}
