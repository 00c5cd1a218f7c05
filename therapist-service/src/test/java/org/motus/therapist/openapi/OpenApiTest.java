package org.motus.therapist.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.OpenApiDocumentContract;
import org.motus.therapist.testing.PatientServiceStub;

/**
 * This service's OpenAPI document passes the checks every Motus service's document must pass (inherited),
 * and lists the regions the exercise library knows.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class OpenApiTest extends OpenApiDocumentContract {

    @Override
    protected String concretePath(String template) {
        return super.concretePath(template.replace("{version}", "1").replaceAll("\\{name[^}]*}", "bridge"));
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
}
