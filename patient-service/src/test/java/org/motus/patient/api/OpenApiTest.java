package org.motus.patient.api;

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

    @SuppressWarnings("unchecked")
    private static boolean hasExamples(Map<String, Object> bodyOrResponse) {
        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) bodyOrResponse.get("content");
        return content != null && !content.isEmpty()
                && content.values().stream().allMatch(media -> media.get("examples") != null || media.get("example") != null);
    }
}
