package org.motus.patient.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.FhirCalls.follow;
import static org.motus.patient.testing.FhirCalls.get;
import static org.motus.patient.testing.FhirCalls.outcome;
import static org.motus.patient.testing.FhirCalls.search;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens.Person;
import org.motus.problem.testing.FhirValidation;

/** /fhir/R4 as a FHIR client sees it; every resource it receives is put through HAPI's validator. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class FhirApiTest {

    private static final String PAIN = "http://loinc.org%7C72514-3";
    private static final String HEART_RATE = "http://loinc.org%7C8867-4";

    @Test
    void aCheckInRecordedThroughTheRestApiIsAPainObservationWithLoinc72514() {
        Clinic clinic = Fixtures.clinic();
        as(clinic.pat().person())
                .body(Fixtures.checkIn("DAILY", 6))
                .post("/api/v1/patients/{id}/check-ins", clinic.pat().id())
                .then()
                .statusCode(201);

        Bundle bundle = search(
                clinic.tess(), "Observation?patient=Patient/" + clinic.pat().id() + "&code=" + PAIN);

        assertEquals(1, bundle.getEntry().size());
        Observation pain = (Observation) bundle.getEntryFirstRep().getResource();
        assertEquals("72514-3", pain.getCode().getCodingFirstRep().getCode());
        assertEquals(6, ((IntegerType) pain.getValue()).getValue());
        assertEquals("Patient/" + clinic.pat().id(), pain.getSubject().getReference());
        assertEquals("DAILY", pain.getMethod().getCodingFirstRep().getCode());
    }

    @Test
    void aLoggedSessionGivesItsPainReadingsAndItsPeakAndMeanHeartRate() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.logSession(clinic.pat(), 3, 5, 4);

        Bundle all = search(
                clinic.pat().person(), "Observation?patient=" + clinic.pat().id());
        assertEquals(5, all.getEntry().size());

        Bundle heartRates = search(
                clinic.tess(), "Observation?subject=Patient/" + clinic.pat().id() + "&code=" + HEART_RATE);
        List<Integer> bpm = heartRates.getEntry().stream()
                .map(e -> ((Quantity) ((Observation) e.getResource()).getValue())
                        .getValue()
                        .intValue())
                .toList();
        assertEquals(List.of(126, 110), bpm); // peak, then mean
        Bundle pains =
                search(clinic.tess(), "Observation?patient=" + clinic.pat().id() + "&code=72514-3");
        assertEquals(
                List.of(3, 5, 4),
                pains.getEntry().stream()
                        .map(e -> ((IntegerType) ((Observation) e.getResource()).getValue()).getValue())
                        .toList());
    }

    @Test
    void pagesFollowTheirNextLinksWithoutRepeatsOrGapsWhileReadingsArrive() {
        Clinic clinic = Fixtures.clinic();
        Instant start = Instant.parse("2026-10-01T09:00:00Z");
        for (int i = 0; i < 5; i++) {
            Fixtures.pastCheckIn(clinic.pat().id(), "DAILY", i, start.plusSeconds(3600L * i));
        }
        // Two readings at the very same instant: the id breaks the tie, so neither is lost.
        Fixtures.pastCheckIn(clinic.pat().id(), "DAILY", 9, start.plusSeconds(3600L * 2));

        Bundle page =
                search(clinic.tess(), "Observation?patient=" + clinic.pat().id() + "&_count=2");
        List<String> seen = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            page.getEntry().forEach(e -> seen.add(e.getResource().getIdElement().getIdPart()));
            assertTrue(page.getEntry().size() <= 2);
            if (pages == 1) {
                // Readings stored meanwhile: one dated before the first page, one after everything.
                Fixtures.pastCheckIn(clinic.pat().id(), "DAILY", 1, start.minusSeconds(60));
                Fixtures.pastCheckIn(clinic.pat().id(), "DAILY", 2, start.plusSeconds(86_400));
            }
            Bundle.BundleLinkComponent next = page.getLink("next");
            if (next == null) {
                break;
            }
            page = follow(clinic.tess(), next.getUrl());
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no reading twice: " + seen);
        assertEquals(7, seen.size(), "the six, and the one stored after the pages read so far: " + seen);
        assertEquals(4, pages);
    }

    @Test
    void dateNarrowsTheReadingsByDayOrInstant() {
        Clinic clinic = Fixtures.clinic();
        for (String at : List.of("2026-11-01T10:00:00Z", "2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z")) {
            Fixtures.pastCheckIn(clinic.pat().id(), "DAILY", 4, Instant.parse(at));
        }
        String base = "Observation?patient=" + clinic.pat().id() + "&";
        assertEquals(
                2, search(clinic.tess(), base + "date=ge2026-11-02").getEntry().size());
        assertEquals(
                1, search(clinic.tess(), base + "date=gt2026-11-02").getEntry().size());
        assertEquals(
                2, search(clinic.tess(), base + "date=le2026-11-02").getEntry().size());
        assertEquals(
                1, search(clinic.tess(), base + "date=lt2026-11-02").getEntry().size());
        assertEquals(
                1, search(clinic.tess(), base + "date=2026-11-02").getEntry().size());
        assertEquals(
                1,
                search(clinic.tess(), base + "date=ge2026-11-02&date=lt2026-11-03")
                        .getEntry()
                        .size());
        assertEquals(
                1,
                search(clinic.tess(), base + "date=ge2026-11-03T10:00:00Z")
                        .getEntry()
                        .size());
        assertEquals(
                0,
                search(clinic.tess(), base + "date=gt2026-11-03T10:00:00%2B00:00")
                        .getEntry()
                        .size());
    }

    @Test
    void flagsAreActiveUntilTheTherapistAcknowledgesThem() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.logSession(clinic.pat(), 3, 5, 3); // above the ceiling: a ROUTINE flag
        String flags = "Flag?patient=" + clinic.pat().id();

        Bundle active = search(clinic.pat().person(), flags + "&status=active");
        assertEquals(1, active.getEntry().size());
        org.hl7.fhir.r4.model.Flag flag =
                (org.hl7.fhir.r4.model.Flag) active.getEntryFirstRep().getResource();
        as(clinic.tess())
                .post(
                        "/api/v1/patients/{id}/flags/{flagId}/acknowledgement",
                        clinic.pat().id(),
                        flag.getIdElement().getIdPart())
                .then()
                .statusCode(200);

        assertEquals(
                0, search(clinic.tess(), flags + "&status=active").getEntry().size());
        Bundle inactive = search(clinic.tess(), flags + "&status=inactive");
        assertEquals(1, inactive.getEntry().size());
        assertTrue(((org.hl7.fhir.r4.model.Flag) inactive.getEntryFirstRep().getResource())
                .getPeriod()
                .hasEnd());
        assertEquals(1, search(clinic.tess(), flags).getEntry().size());
    }

    @Test
    void aPatientReadsTheirRecordAndSearchesFindOnlyWhatIsInReach() {
        Clinic clinic = Fixtures.clinic();
        Response read = get(clinic.pat().person(), "Patient/" + clinic.pat().id());
        read.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertEquals(List.of(), FhirValidation.errors(read.asString()));

        assertEquals(List.of(clinic.pat().idText()), ids(search(clinic.pat().person(), "Patient")));
        assertEquals(List.of(clinic.pat().idText()), ids(search(clinic.tess(), "Patient")));
        assertEquals(List.of(), ids(search(clinic.stranger(), "Patient")));
        assertEquals(
                List.of(),
                ids(search(
                        clinic.paula().person(), "Patient?_id=" + clinic.pat().id())));
        // an admin who does not treat pat finds no clinical record of him (ADR 0030)
        assertEquals(
                List.of(),
                ids(search(clinic.admin(), "Patient?_id=" + clinic.pat().id())));
        assertTrue(Fixtures.auditRows(clinic.pat().id(), clinic.tess().subject(), "READ_RECORD", "SUCCESS") >= 1);
    }

    @Test
    void everyFhirReadIsAuditedLikeItsRestRead() {
        Clinic clinic = Fixtures.clinic();
        search(clinic.tess(), "Observation?patient=" + clinic.pat().id() + "&code=" + PAIN);
        search(clinic.tess(), "Flag?patient=" + clinic.pat().id());

        assertEquals(1, Fixtures.auditRows(clinic.pat().id(), clinic.tess().subject(), "READ_CHECK_INS", "SUCCESS"));
        assertEquals(0, Fixtures.auditRows(clinic.pat().id(), clinic.tess().subject(), "READ_SESSIONS", "SUCCESS"));
        assertEquals(1, Fixtures.auditRows(clinic.pat().id(), clinic.tess().subject(), "READ_FLAGS", "SUCCESS"));
    }

    @Test
    void nextLinksPointAtThePublicBaseTheGatewayForwarded() {
        Clinic clinic = Fixtures.clinic();
        Fixtures.logSession(clinic.pat(), 3, 3, 3);
        String body = as(clinic.tess())
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "motus.example.org")
                .get("/fhir/R4/Observation?_count=1&patient=" + clinic.pat().id())
                .asString();
        Bundle page = (Bundle) FhirValidation.parse(body);
        assertTrue(page.getLink("next").getUrl().startsWith("https://motus.example.org/fhir/R4/Observation?"));
        assertTrue(page.getEntryFirstRep().getFullUrl().startsWith("https://motus.example.org/fhir/R4/Observation/"));
    }

    @Test
    void errorsAreOperationOutcomesWithTheirStatus() {
        Clinic clinic = Fixtures.clinic();
        String pat = clinic.pat().id().toString();
        outcome(given().get("/fhir/R4/Patient/" + pat), 401, "login");
        outcome(get(clinic.tess(), "Observation?patient=" + pat + "&date=yesterday"), 400, "invalid");
        outcome(get(clinic.tess(), "Observation?code=" + PAIN), 400, "invalid");
        outcome(get(clinic.tess(), "Observation?patient=" + pat + "&_count=0"), 400, "invalid");
        outcome(get(clinic.tess(), "Observation?patient=" + pat + "&_cursor=bm90LWEtY3Vyc29y"), 400, "invalid");
        outcome(get(clinic.tess(), "Observation?patient=Patient/42"), 400, "invalid");
        outcome(get(clinic.tess(), "Patient/" + UUID.randomUUID()), 404, "not-found");
        outcome(get(clinic.tess(), "Patient/not-a-uuid"), 404, "not-found");
        outcome(get(clinic.paula().person(), "Patient/" + pat), 404, "not-found");
        outcome(get(clinic.admin(), "Observation?patient=" + pat), 403, "forbidden");
        outcome(get(clinic.tess(), "Appointment?patient=" + pat), 404, "not-found");
        outcome(as(clinic.tess()).body("{}").delete("/fhir/R4/Observation"), 405, "not-supported");
        outcome(
                get(new Person(UUID.randomUUID().toString(), "Gateway", "notifier"), "Flag?patient=" + pat),
                403,
                "forbidden");
    }

    @Test
    void theCapabilityStatementIsPublicAndListsWhatIsServed() {
        Response response = given().get("/fhir/R4/metadata");
        response.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertEquals(List.of(), FhirValidation.errors(response.asString()));
        CapabilityStatement statement = (CapabilityStatement) FhirValidation.parse(response.asString());
        assertEquals(
                List.of(
                        "Patient",
                        "Observation",
                        "Flag",
                        "Questionnaire",
                        "QuestionnaireResponse",
                        "Consent",
                        "CareTeam",
                        "Practitioner",
                        "AuditEvent"),
                statement.getRestFirstRep().getResource().stream()
                        .map(CapabilityStatement.CapabilityStatementRestResourceComponent::getType)
                        .toList());
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .map(Resource::getIdElement)
                .map(id -> id.getIdPart())
                .toList();
    }
}
