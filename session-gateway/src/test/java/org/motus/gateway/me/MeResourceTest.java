package org.motus.gateway.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.localpostgres.PostgresTestResource;

/** GET /api/v1/me for a signed-in person: who they are and their Motus roles only. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class MeResourceTest {

    @OidcWireMock
    WireMockServer oidc;

    @Test
    void signedInPatientSeesNameAndRole() {
        Person pat = Person.patient("pat", "Pat", "Patient");
        BrowserSession browser = BrowserSession.signIn(oidc, pat);

        given().header("Cookie", browser.cookieHeader())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("subject", equalTo(pat.subject()))
                .body("username", equalTo("pat"))
                .body("name", equalTo("Pat Patient"))
                .body("email", equalTo("pat@example.org"))
                .body("roles", contains("patient"));
    }

    @Test
    void signedInTherapistSeesTheirRoleWithoutKeycloaksDefaultRoles() {
        Person tess = Person.therapist("tess", "Tess", "Therapist");
        BrowserSession browser = BrowserSession.signIn(oidc, tess);

        given().header("Cookie", browser.cookieHeader())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("Tess Therapist"))
                .body("roles", equalTo(List.of("therapist")));
    }

    @Test
    void onlyMotusRolesAreShown() {
        assertThat(
                Me.motusRoles(List.of("offline_access", "therapist", "default-roles-motus", "admin")),
                equalTo(List.of("therapist", "admin")));
        assertThat(Me.motusRoles(List.of("uma_authorization")), empty());
    }
}
