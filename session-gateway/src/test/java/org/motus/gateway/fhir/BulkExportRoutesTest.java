package org.motus.gateway.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.uhn.fhir.context.FhirContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakePatients;
import org.motus.gateway.testing.FakeService;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.localpostgres.PostgresTestResource;

/** The Bulk Data export's paths reach patient-service, "$" sent as is or as %24; the merged metadata keeps $export. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class BulkExportRoutesTest {

    @OidcWireMock
    WireMockServer oidc;

    private final FakeService patients = FakeServicesResource.patientService();
    private BrowserSession admin;

    @BeforeEach
    void signIn() {
        admin = BrowserSession.signIn(oidc, Person.admin("adam", "Adam", "Admin"));
        patients.forget();
    }

    @AfterEach
    void restoreThePatientService() {
        patients.respondWith(FakePatients::answer);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/fhir/R4/$export?_type=Patient,Observation",
                "/fhir/R4/%24export?_since=2026-12-01T00:00:00Z",
                "/fhir/R4/Patient/$export",
                "/fhir/R4/Patient/%24export",
                "/fhir/R4/$export-status/5d0c3c4e-0000-4000-8000-000000000001",
                "/fhir/R4/%24export-status/5d0c3c4e-0000-4000-8000-000000000001",
                "/fhir/R4/$export-file/5d0c3c4e-0000-4000-8000-000000000001/1",
                "/fhir/R4/%24export-file/5d0c3c4e-0000-4000-8000-000000000001/2"
            })
    void eachExportPathGoesToPatientServiceWithTheSessionsToken(String path) {
        given().header("Cookie", admin.cookieHeader())
                .header("Prefer", "respond-async")
                .urlEncodingEnabled(false)
                .get(path)
                .then()
                .statusCode(200)
                .body("service", equalTo("patient-service"));

        FakeService.Received call = patients.last();
        assertThat(call.uri(), equalTo(path));
        assertThat(
                call.header("Authorization"),
                equalTo("Bearer " + admin.login().tokens().accessToken()));
        assertThat(call.header("Prefer"), equalTo("respond-async"));
    }

    @Test
    void cancellingGoesToPatientServiceWithTheCsrfHeader() {
        String path = "/fhir/R4/$export-status/5d0c3c4e-0000-4000-8000-000000000001";
        given().header("Cookie", admin.cookieHeader())
                .header("X-Requested-By", "motus-web")
                .header("Origin", "http://localhost:" + RestAssured.port)
                .urlEncodingEnabled(false)
                .delete(path)
                .then()
                .statusCode(200)
                .body("method", equalTo("DELETE"));
        assertThat(patients.last().uri(), equalTo(path));
    }

    @Test
    void aPathThatOnlyLooksLikeTheExportIsNotForwarded() {
        for (String path : List.of("/fhir/R4/$exports", "/fhir/R4/$export-statusx/1", "/fhir/R4/%24import")) {
            given().header("Cookie", admin.cookieHeader())
                    .urlEncodingEnabled(false)
                    .get(path)
                    .then()
                    .statusCode(404)
                    .body("resourceType", equalTo("OperationOutcome"));
        }
        assertEquals(List.of(), patients.received());
    }

    @Test
    void theMergedMetadataKeepsTheExportOperationAsPatientServiceStatesIt() {
        CapabilityStatement service = new CapabilityStatement();
        var rest = service.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.addResource().setType("Patient");
        rest.addOperation()
                .setName("export")
                .setDefinition("http://hl7.org/fhir/uv/bulkdata/OperationDefinition/export");
        String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(service);
        patients.respondWith(request -> request.uri().equals("/fhir/R4/metadata")
                ? new FakeService.Answer(200, json)
                : FakePatients.answer(request));

        Response response = given().get("/fhir/R4/metadata");
        response.then().statusCode(200);
        CapabilityStatement merged =
                FhirContext.forR4Cached().newJsonParser().parseResource(CapabilityStatement.class, response.asString());
        assertEquals(
                List.of("export"),
                merged.getRestFirstRep().getOperation().stream()
                        .map(o -> o.getName())
                        .toList());
    }
}
