package org.motus.gateway.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ca.uhn.fhir.context.FhirContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakePatients;
import org.motus.gateway.testing.FakeService;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.localpostgres.PostgresTestResource;

/** /fhir/R4 at the gateway: routed types reach their owner, the rest is the gateway's own, never the web page. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class FhirGatewayTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @OidcWireMock
    WireMockServer oidc;

    private final FakeService patients = FakeServicesResource.patientService();
    private BrowserSession pat;

    @BeforeEach
    void signIn() {
        pat = BrowserSession.signIn(oidc, Person.patient("pat", "Pat", "Patient"));
        patients.forget();
    }

    @AfterEach
    void restoreThePatientService() {
        patients.respondWith(FakePatients::answer);
    }

    @Test
    void aRoutedTypeGoesToTheServiceThatOwnsItWithTheSessionsToken() {
        given().header("Cookie", pat.cookieHeader())
                .urlEncodingEnabled(false)
                .get("/fhir/R4/Observation?patient=Patient/42&code=http://loinc.org%7C72514-3")
                .then()
                .statusCode(200)
                .body("service", equalTo("patient-service"));

        FakeService.Received call = patients.last();
        assertThat(call.uri(), equalTo("/fhir/R4/Observation?patient=Patient/42&code=http://loinc.org%7C72514-3"));
        assertThat(
                call.header("Authorization"),
                equalTo("Bearer " + pat.login().tokens().accessToken()));
        assertThat(call.header("X-Forwarded-Host"), startsWith("localhost:"));
    }

    @Test
    void theAuditTrailAsAuditEventGoesToPatientServiceWhichOwnsIt() {
        given().header("Cookie", pat.cookieHeader())
                .urlEncodingEnabled(false)
                .get("/fhir/R4/AuditEvent?patient=Patient/42&outcome=4&_count=2")
                .then()
                .statusCode(200)
                .body("service", equalTo("patient-service"));
        assertThat(patients.last().uri(), equalTo("/fhir/R4/AuditEvent?patient=Patient/42&outcome=4&_count=2"));

        given().header("Cookie", pat.cookieHeader())
                .get("/fhir/R4/AuditEvent/0b9d6f3e-2f4c-4e39-9d8c-1f2a3b4c5d6e")
                .then()
                .body("service", equalTo("patient-service"));
        assertThat(patients.last().uri(), equalTo("/fhir/R4/AuditEvent/0b9d6f3e-2f4c-4e39-9d8c-1f2a3b4c5d6e"));
    }

    @Test
    void anUnknownTypeIsA404OperationOutcomeNeverTheWebPage() {
        for (String path : List.of("/fhir/R4/Encounter?patient=42", "/fhir/R4", "/fhir", "/fhir/R4/Patientx/1")) {
            outcome(given().header("Cookie", pat.cookieHeader()).get(path), 404, "not-found");
        }
        assertEquals(List.of(), patients.received());
    }

    @Test
    void withoutASessionFhirAnswers401OperationOutcomeNotALoginRedirect() {
        outcome(given().redirects().follow(false).get("/fhir/R4/Patient/42"), 401, "login");
        outcome(given().redirects().follow(false).get("/fhir/anything"), 401, "login");
        assertEquals(List.of(), patients.received());
    }

    @Test
    void metadataListsTheGatewaysOwnTypesAndExactlyTheRoutedTypesAsTheirServiceStatesThem() {
        CapabilityStatement service = new CapabilityStatement();
        var rest = service.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        for (String type : List.of("Patient", "Observation", "Flag", "Appointment")) {
            rest.addResource().setType(type).addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        }
        rest.getResource().get(0).addInteraction().setCode(TypeRestfulInteraction.READ);
        String json = FHIR.newJsonParser().encodeResourceToString(service);
        patients.respondWith(request -> request.uri().equals("/fhir/R4/metadata")
                ? new FakeService.Answer(200, json)
                : FakePatients.answer(request));

        Response response = given().get("/fhir/R4/metadata"); // public: no session
        response.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        CapabilityStatement merged = FHIR.newJsonParser().parseResource(CapabilityStatement.class, response.asString());

        List<CapabilityStatementRestResourceComponent> resources =
                merged.getRestFirstRep().getResource();
        // Appointment is the gateway's own (it owns visits), never as a service states it.
        assertEquals(
                List.of("Appointment", "Flag", "Observation", "Patient"),
                resources.stream()
                        .map(CapabilityStatementRestResourceComponent::getType)
                        .toList());
        assertEquals(2, resources.get(0).getInteraction().size()); // Appointment: read and search, the gateway's
        assertEquals(2, resources.get(3).getInteraction().size()); // Patient: read and search, as stated
        assertEquals("4.0.1", merged.getFhirVersion().toCode());
        assertThat(merged.getImplementation().getUrl(), startsWith("http://localhost:"));
    }

    @Test
    void metadataLeavesOutTheTypesOfAServiceThatDoesNotAnswer() {
        patients.respondWith(request -> request.uri().equals("/fhir/R4/metadata")
                ? new FakeService.Answer(500, "{}")
                : FakePatients.answer(request));

        Response response = given().get("/fhir/R4/metadata");
        response.then().statusCode(200);
        CapabilityStatement merged = FHIR.newJsonParser().parseResource(CapabilityStatement.class, response.asString());
        assertEquals(
                List.of("Appointment"),
                merged.getRestFirstRep().getResource().stream()
                        .map(CapabilityStatementRestResourceComponent::getType)
                        .toList());
    }

    private static void outcome(Response response, int status, String issue) {
        response.then()
                .statusCode(status)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo(issue));
    }
}
