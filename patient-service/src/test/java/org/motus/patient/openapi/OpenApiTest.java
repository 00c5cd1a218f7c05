package org.motus.patient.openapi;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every operation is documented: a summary, examples for its request body and for each response with a body. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyEndpointHasASummaryAndExamples() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (var entry : path.getValue().entrySet()) {
                if (!(entry.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                    continue;
                }
                operations++;
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                if (operation.get("summary") == null) {
                    missing.add(name + ": summary");
                }
                Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
                if (body != null && !hasExamples(body)) {
                    missing.add(name + ": request example");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                for (var response : responses.entrySet()) {
                    if (!response.getKey().equals("204") && !response.getKey().equals("401") && !hasExamples(response.getValue())) {
                        missing.add(name + ": example for " + response.getKey());
                    }
                }
            }
        }
        assertTrue(operations >= 20, "found only " + operations + " operations");
        assertEquals(List.of(), missing);
    }

    /** Every error response of every operation: application/problem+json, the Problem schema, an example; 401 and 403 everywhere. */
    @Test
    @SuppressWarnings("unchecked")
    void everyErrorResponseIsAProblemWithAnExample() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertTrue(document.getMap("components.schemas").containsKey("Problem"), "no Problem schema");
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        List<String> wrong = new ArrayList<>();
        int errors = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (var entry : path.getValue().entrySet()) {
                if (!(entry.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                    continue;
                }
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                for (String status : List.of("401", "403")) {
                    if (!responses.containsKey(status)) {
                        wrong.add(name + ": no " + status);
                    }
                }
                if (path.getKey().contains("{") && !responses.containsKey("404")) {
                    wrong.add(name + ": no 404");
                }
                for (var response : responses.entrySet()) {
                    if (response.getKey().compareTo("400") < 0) {
                        continue;
                    }
                    errors++;
                    Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.getValue().get("content");
                    if (content == null || !content.keySet().equals(java.util.Set.of("application/problem+json"))) {
                        wrong.add(name + " " + response.getKey() + ": media types " + (content == null ? null : content.keySet()));
                        continue;
                    }
                    Map<String, Object> media = content.get("application/problem+json");
                    Map<String, Object> schema = (Map<String, Object>) media.get("schema");
                    if (schema == null || !"#/components/schemas/Problem".equals(schema.get("$ref"))) {
                        wrong.add(name + " " + response.getKey() + ": schema " + schema);
                    }
                    if (media.get("examples") == null && media.get("example") == null) {
                        wrong.add(name + " " + response.getKey() + ": no example");
                    }
                    if (response.getValue().get("description") == null) {
                        wrong.add(name + " " + response.getKey() + ": no description");
                    }
                }
            }
        }
        assertTrue(errors >= 60, "found only " + errors + " error responses");
        assertEquals(List.of(), wrong);
    }

    @SuppressWarnings("unchecked")
    private static boolean hasExamples(Map<String, Object> bodyOrResponse) {
        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) bodyOrResponse.get("content");
        return content != null && !content.isEmpty()
                && content.values().stream().allMatch(media -> media.get("examples") != null || media.get("example") != null);
    }
}
