package org.motus.patient.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;
import static org.motus.patient.testing.Fixtures.consent;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens.Person;
import org.motus.problem.testing.FhirValidation;

/** Consent, CareTeam, Practitioner and Patient/$everything through /fhir/R4, each validated by HAPI. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CareFhirApiTest {

    private static void decide(Clinic clinic, String kind, boolean accepted) {
        as(clinic.pat().person())
                .body(consent(kind, accepted))
                .post("/api/v1/patients/{id}/consents", clinic.pat().id())
                .then()
                .statusCode(201);
    }

    @Test
    void eachConsentDecisionIsAConsentAndOnlyTheNewestAcceptanceIsActive() {
        Clinic clinic = Fixtures.clinic();
        decide(clinic, "TELEHEALTH", true);
        decide(clinic, "REMOTE_MONITORING", true);
        decide(clinic, "REMOTE_MONITORING", false); // withdrawn

        Bundle bundle = search(clinic.tess(), "Consent?patient=" + clinic.pat().id());

        List<Consent> consents = resources(bundle, Consent.class);
        assertEquals(3, consents.size());
        Map<String, String> statusByPolicyAndProvision = consents.stream()
                .collect(Collectors.toMap(
                        c -> c.getCategory().get(1).getCodingFirstRep().getCode() + " "
                                + c.getProvision().getType().toCode() + " " + c.getIdPart(),
                        c -> c.getStatus().toCode()));
        assertEquals(
                List.of("active", "inactive", "inactive"),
                statusByPolicyAndProvision.values().stream().sorted().toList());
        Consent telehealth = consents.stream()
                .filter(c ->
                        c.getCategory().get(1).getCodingFirstRep().getCode().equals("TELEHEALTH"))
                .findFirst()
                .orElseThrow();
        assertEquals(Consent.ConsentState.ACTIVE, telehealth.getStatus());
        assertEquals("Patient/" + clinic.pat().id(), telehealth.getPatient().getReference());
        assertTrue(telehealth.getPolicyFirstRep().getUri().startsWith("urn:motus:consent-text:TELEHEALTH:"));

        Response read = get(clinic.pat().person(), "Consent/" + telehealth.getIdPart());
        read.then().statusCode(200);
        assertEquals(List.of(), FhirValidation.errors(read.asString()));
        assertEquals(1, Fixtures.auditRows(clinic.pat().id(), clinic.tess().subject(), "READ_CONSENTS", "SUCCESS"));
    }

    @Test
    void theCareTeamNamesItsTherapistsAndTheyCanBeReadAsPractitioners() {
        Clinic clinic = Fixtures.clinic();

        CareTeam team = resources(
                        search(
                                clinic.pat().person(),
                                "CareTeam?patient=" + clinic.pat().id()),
                        CareTeam.class)
                .get(0);
        assertEquals(clinic.pat().idText(), team.getIdPart());
        assertEquals(CareTeam.CareTeamStatus.ACTIVE, team.getStatus());
        assertEquals(
                "Practitioner/" + clinic.tess().subject(),
                team.getParticipantFirstRep().getMember().getReference());

        Response tess =
                get(clinic.pat().person(), "Practitioner/" + clinic.tess().subject());
        tess.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertEquals(List.of(), FhirValidation.errors(tess.asString()));
        Practitioner practitioner = (Practitioner) FhirValidation.parse(tess.asString());
        assertTrue(practitioner.getActive());
        assertEquals(
                clinic.tess().subject() + "@people.example",
                practitioner.getTelecomFirstRep().getValue());

        Response byId = get(clinic.tess(), "CareTeam/" + clinic.pat().id());
        byId.then().statusCode(200);
        assertEquals(List.of(), FhirValidation.errors(byId.asString()));
    }

    @Test
    void careRecordsOutOfReachAreNotFound() {
        Clinic clinic = Fixtures.clinic();
        decide(clinic, "TELEHEALTH", true);
        String consentId = resources(
                        search(
                                clinic.pat().person(),
                                "Consent?patient=" + clinic.pat().id()),
                        Consent.class)
                .get(0)
                .getIdPart();
        String pat = clinic.pat().idText();

        for (Person outsider : List.of(clinic.paula().person(), clinic.stranger())) {
            outcome(get(outsider, "Consent?patient=" + pat), 404);
            outcome(get(outsider, "Consent/" + consentId), 404);
            outcome(get(outsider, "CareTeam/" + pat), 404);
            outcome(get(outsider, "CareTeam?patient=" + pat), 404);
            outcome(get(outsider, "Patient/" + pat + "/$everything"), 404);
            outcome(get(outsider, "Practitioner/" + clinic.tess().subject()), 404);
        }
        // A therapist who shares no patient, a subject that is no account, and a patient's own subject.
        outcome(get(clinic.tess(), "Practitioner/" + clinic.stranger().subject()), 404);
        outcome(get(clinic.tess(), "Practitioner/" + UUID.randomUUID()), 404);
        outcome(get(clinic.tess(), "Practitioner/" + clinic.pat().person().subject()), 404);
        outcome(get(clinic.tess(), "Practitioner/not%20an%20id"), 404);
        outcome(get(clinic.tess(), "Consent/" + UUID.randomUUID()), 404);
        outcome(get(clinic.tess(), "Consent/not-a-uuid"), 404);
        outcome(get(clinic.tess(), "CareTeam?patient=Patient/42"), 400);
        // An admin manages care teams and sees consents (no clinical data), but not $everything.
        get(clinic.admin(), "CareTeam/" + pat).then().statusCode(200);
        get(clinic.admin(), "Consent?patient=" + pat).then().statusCode(200);
        get(clinic.admin(), "Practitioner/" + clinic.tess().subject()).then().statusCode(200);
        outcome(get(clinic.admin(), "Patient/" + pat + "/$everything"), 403);
    }

    @Test
    void everythingHoldsTheRecordCareTeamConsentsObservationsAndFlagsAllValid() {
        Clinic clinic = Fixtures.clinic();
        decide(clinic, "TELEHEALTH", true);
        Fixtures.logSession(clinic.pat(), 3, 6, 5); // pain readings and a ceiling flag
        as(clinic.pat().person())
                .body(Fixtures.checkIn("DAILY", 4))
                .post("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                .then()
                .statusCode(201);

        Bundle everything =
                search(clinic.pat().person(), "Patient/" + clinic.pat().id() + "/$everything");

        Map<String, Long> types = everything.getEntry().stream()
                .collect(Collectors.groupingBy(e -> e.getResource().fhirType(), Collectors.counting()));
        assertEquals(1L, types.get("Patient"));
        assertEquals(1L, types.get("CareTeam"));
        assertEquals(1L, types.get("Consent"));
        long pain = everything.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof org.hl7.fhir.r4.model.Observation o
                        && o.getCode().getCodingFirstRep().getCode().equals("72514-3"))
                .count();
        assertEquals(4L, pain); // before, during, after, daily; the session's heart rates come too
        assertEquals(1L, types.get("Flag"));
        for (Bundle.BundleEntryComponent entry : everything.getEntry()) {
            String subjectOrPatient = entry.getResource().fhirType().equals("Patient")
                    ? entry.getResource().getIdPart()
                    : clinic.pat().idText();
            assertEquals(clinic.pat().idText(), subjectOrPatient);
        }
        assertEquals(
                1, Fixtures.auditRows(clinic.pat().id(), clinic.pat().person().subject(), "READ_FLAGS", "SUCCESS"));
    }

    @Test
    void theCapabilityStatementListsTheCareResourcesAndTheEverythingOperation() {
        Response response = given().get("/fhir/R4/metadata");
        assertEquals(List.of(), FhirValidation.errors(response.asString()));
        String body = response.asString();
        assertTrue(body.contains("\"type\":\"Consent\""));
        assertTrue(body.contains("\"type\":\"CareTeam\""));
        assertTrue(body.contains("\"type\":\"Practitioner\""));
        assertTrue(body.contains("Patient-everything"));
    }

    private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private static void outcome(Response response, int status) {
        response.then()
                .statusCode(status)
                .contentType(startsWith("application/fhir+json"))
                .body("resourceType", equalTo("OperationOutcome"));
    }

    private static Response get(Person caller, String path) {
        return given().auth().oauth2(caller.token()).urlEncodingEnabled(false).get("/fhir/R4/" + path);
    }

    private static Bundle search(Person caller, String path) {
        Response response = get(caller, path);
        response.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertEquals(List.of(), FhirValidation.errors(response.asString()));
        return (Bundle) FhirValidation.parse(response.asString());
    }
}
