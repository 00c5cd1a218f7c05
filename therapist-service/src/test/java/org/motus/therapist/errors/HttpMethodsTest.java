package org.motus.therapist.errors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.therapist.testing.PatientServiceStub;
import org.motus.therapist.testing.Tokens;

/** OPTIONS lists the methods a path has, and a 405 says them in Allow (RFC 9110 §9.3.7, §15.5.6). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PatientServiceStub.class)
class HttpMethodsTest {

    static Set<String> methods(String allow) {
        assertThat(allow).as("Allow header").isNotNull();
        return Arrays.stream(allow.split(","))
                .map(String::strip)
                .filter(m -> !m.equals("HEAD") && !m.equals("OPTIONS"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void optionsListsTheMethodsOfEachPath() {
        String media = "/api/v1/exercises/" + UUID.randomUUID() + "/media";
        assertThat(methods(given().auth()
                        .oauth2(Tokens.TESS.token())
                        .options(media)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("Allow")))
                .containsExactly("DELETE", "GET", "PUT");
        assertThat(methods(given().auth()
                        .oauth2(Tokens.TESS.token())
                        .options("/api/v1/exercises")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("Allow")))
                .containsExactly("GET", "POST");
        assertThat(methods(given().auth()
                        .oauth2(Tokens.TESS.token())
                        .options("/api/v1/plans/" + UUID.randomUUID() + "/draft")
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("Allow")))
                .containsExactly("DELETE", "GET", "PUT");
    }

    @Test
    void aMethodThePathDoesNotHaveAnswers405WithAllow() {
        String allow = given().auth()
                .oauth2(Tokens.TESS.token())
                .post("/api/v1/exercises/" + UUID.randomUUID())
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .extract()
                .header("Allow");
        assertThat(methods(allow)).containsExactly("GET", "PUT");
        allow = given().auth()
                .oauth2(Tokens.TESS.token())
                .delete("/api/v1/plans/mine/today")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .extract()
                .header("Allow");
        assertThat(methods(allow)).containsExactly("GET");
    }
}
