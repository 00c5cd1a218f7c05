package org.motus.therapist.validation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.OpenApiDocumentChecks;
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
            "/api/v1/protocols", "the condition protocols shipped with Motus and the clinic's own templates (tens)",
            "/api/v1/plans", "a patient has at most one plan",
            "/api/v1/plans/{id}/versions",
                    "one per publish of one patient's plan (a change made or accepted by hand), also carried whole by the plan itself");

    @Test
    void everyArrayAnsweringReadPagesOrSaysWhyItStaysSmall() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = new ObjectMapper()
                .readValue(
                        given().accept("application/json")
                                .get("/q/openapi?format=json")
                                .asString(),
                        Map.class);
        List<String> unpaged = new ArrayList<>(OpenApiDocumentChecks.unpagedLists(document));
        Set<String> bounded = new HashSet<>(unpaged);
        bounded.retainAll(BOUNDED.keySet());
        unpaged.removeAll(BOUNDED.keySet());
        assertEquals(List.of(), unpaged, "lists that neither page nor say why they stay small");
        assertEquals(BOUNDED.keySet(), bounded, "every exception names a list that still exists and does not page");
    }
}
