package org.motus.patient.openapi;

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

/** This service's OpenAPI document passes the checks every Motus service's document must pass. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
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
        assertTrue(findings.checked() >= 20, "found only " + findings.checked() + " operations");
        assertEquals(List.of(), findings.wrong());
    }

    /** Every error response of every operation: application/problem+json, the Problem schema, an example; 401 and 403 everywhere. */
    @Test
    void everyErrorResponseIsAProblemWithAnExample() {
        OpenApiDocumentChecks.Findings findings = OpenApiDocumentChecks.errorsAreProblems(document);
        assertTrue(findings.checked() >= 60, "found only " + findings.checked() + " error responses");
        assertEquals(List.of(), findings.wrong());
    }
}
