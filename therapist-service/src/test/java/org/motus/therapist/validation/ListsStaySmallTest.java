package org.motus.therapist.validation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.PatientServiceStub;

/**
 * Issue 17 item 2 for therapist-service: a read that answers a JSON array either pages (limit and
 * cursor, a Link rel="next"; patient-service's ADR 0044) or is listed here with why it stays small.
 * Today none grows with time, so each is listed; a new list fails here until it pages or says why.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class ListsStaySmallTest {

    private static final Map<String, String> BOUNDED = Map.of(
            "/api/v1/exercises",
                    "the clinic's exercise library, read whole by the plan editor's picker; it grows only as a clinic authors exercises",
            "/api/v1/exercises/regions", "the body regions the filter knows",
            "/api/v1/illustrations", "the drawings shipped with the library",
            "/api/v1/protocols", "the condition protocols shipped with Motus",
            "/api/v1/plans", "a patient has at most one plan",
            "/api/v1/plans/{id}/versions",
                    "one per publish of one patient's plan (a change made or accepted by hand), also carried whole by the plan itself");

    @Test
    void everyArrayAnsweringReadPagesOrSaysWhyItStaysSmall() throws Exception {
        JsonNode document = new ObjectMapper()
                .readTree(given().accept("application/json")
                        .get("/q/openapi?format=json")
                        .asString());
        List<String> unpaged = new ArrayList<>();
        Set<String> bounded = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            boolean array = false;
            for (JsonNode media : get.path("responses").path("200").path("content")) {
                array |= "array".equals(media.path("schema").path("type").asText());
            }
            if (!array) {
                continue;
            }
            Set<String> parameters = new HashSet<>();
            get.path("parameters")
                    .forEach(p -> parameters.add(p.path("name").asText().toLowerCase(Locale.ROOT)));
            if (parameters.containsAll(List.of("limit", "cursor"))) {
                continue;
            }
            if (BOUNDED.containsKey(path.getKey())) {
                bounded.add(path.getKey());
            } else {
                unpaged.add(path.getKey());
            }
        }
        assertEquals(List.of(), unpaged, "lists that neither page nor say why they stay small");
        assertEquals(BOUNDED.keySet(), bounded, "every exception names a list that still exists and does not page");
    }
}
