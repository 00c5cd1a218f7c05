package org.motus.therapist.library;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ExerciseResourceTest {

    @Test
    void seededLibraryCoversAllThreePillarsWithInstructions() {
        given().auth().oauth2(Tokens.therapist("Tess Therapist").token())
                .get("/api/v1/exercises")
                .then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(12))
                .body("pillar", hasItems("EXERCISE", "STRETCHING", "RESTORATION"))
                .body("instructions", everyItem(not(empty())))
                .body("find { it.slug == 'bird-dog' }.pillar", equalTo("RESTORATION"));
    }

    @Test
    void patientsMayReadTheLibraryToo() {
        given().auth().oauth2(Tokens.patient("Pat Patient").token())
                .get("/api/v1/exercises").then().statusCode(200);
    }

    @Test
    void noTokenIsUnauthorizedAsProblemDetails() {
        given().get("/api/v1/exercises").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tokenWithoutAMotusRoleIsForbidden() {
        Tokens.Person nobody = new Tokens.Person("someone", "Some One", "offline_access");
        given().auth().oauth2(nobody.token()).get("/api/v1/exercises").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void healthIsReadyWithTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("Database connections health check"));
    }

    @Test
    void openApiIsPublished() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/exercises"));
    }
}
