package org.motus.patient.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens.Person;
import org.motus.problem.testing.FhirValidation;

/**
 * The audit trail as FHIR AuditEvents (docs/adr/0053), on real PostgreSQL with real signed tokens:
 * what an admin reads after real calls, each search parameter, paging while rows arrive, bad
 * parameters, and that nobody but an admin learns anything.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class FhirAuditEventTest {

    private static final String ACTION = "urn:motus:fhir:audit-action";

    @Test
    void anAdminReadsTheTherapistsReadAndThePatientsRefusalAsAuditEvents() {
        Clinic clinic = Fixtures.clinic();
        String pat = clinic.pat().idText();
        as(clinic.tess()).get("/api/v1/patients/{id}", pat).then().statusCode(200);
        as(clinic.paula().person()).get("/api/v1/patients/{id}", pat).then().statusCode(404);

        Bundle bundle = search(clinic.admin(), "AuditEvent?patient=Patient/" + pat + "&subtype=READ_RECORD");
        List<AuditEvent> events = events(bundle);

        AuditEvent read = only(events, clinic.tess());
        assertEquals("rest", read.getType().getCode());
        assertEquals(ACTION, read.getSubtypeFirstRep().getSystem());
        assertEquals("READ_RECORD", read.getSubtypeFirstRep().getCode());
        assertEquals(AuditEvent.AuditEventAction.R, read.getAction());
        assertEquals(AuditEventOutcome._0, read.getOutcome());
        assertEquals(
                "Practitioner/" + clinic.tess().subject(),
                read.getAgentFirstRep().getWho().getReference());
        assertEquals("Patient/" + pat, read.getEntityFirstRep().getWhat().getReference());
        assertEquals("Motus patient-service", read.getSource().getObserver().getDisplay());

        AuditEvent refused = only(events, clinic.paula().person());
        assertEquals(AuditEventOutcome._4, refused.getOutcome());
        assertEquals("outside the caller's reach", refused.getOutcomeDesc());
        assertFalse(refused.getAgentFirstRep().getWho().hasReference());
        // newest first, as the REST audit search
        assertEquals(refused.getIdPart(), events.get(0).getIdPart());

        Response byId = get(clinic.admin(), "AuditEvent/" + refused.getIdPart());
        byId.then().statusCode(200).contentType(startsWith("application/fhir+json"));
        assertEquals(List.of(), FhirValidation.errors(byId.asString()));
        AuditEvent again = (AuditEvent) FhirValidation.parse(byId.asString());
        assertEquals(refused.getOutcomeDesc(), again.getOutcomeDesc());
        assertEquals(
                refused.getAgentFirstRep().getWho().getIdentifier().getValue(),
                again.getAgentFirstRep().getWho().getIdentifier().getValue());
    }

    @Test
    void readingTheTrailIsItselfAuditedLikeTheRestSearch() {
        Clinic clinic = Fixtures.clinic();
        String id = ids(search(
                        clinic.admin(), "AuditEvent?patient=" + clinic.pat().idText()))
                .get(0);
        get(clinic.admin(), "AuditEvent/" + id).then().statusCode(200);
        get(clinic.admin(), "AuditEvent/" + UUID.randomUUID()).then().statusCode(404);

        assertEquals(1, adminRows(clinic, "SUCCESS", AuditEventReads.SEARCHED));
        assertEquals(1, adminRows(clinic, "SUCCESS", "FHIR AuditEvent/" + id));
        assertEquals(1, adminRows(clinic, "NOT_FOUND", "no such record"));
    }

    @Test
    void eachParameterNarrowsTheTrail() {
        Clinic clinic = Fixtures.clinic();
        String pat = clinic.pat().idText();
        as(clinic.tess()).get("/api/v1/patients/{id}/flags", pat).then().statusCode(200);
        as(clinic.paula().person()).get("/api/v1/patients/{id}", pat).then().statusCode(404);
        as(clinic.admin()).get("/api/v1/patients/{id}/check-ins", pat).then().statusCode(403);
        for (String at : List.of("2026-11-01T10:00:00Z", "2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z")) {
            pastRow(clinic.pat().id(), clinic.tess().subject(), Instant.parse(at));
        }
        String base = "AuditEvent?patient=" + pat + "&";

        List<AuditEvent> all = events(search(clinic.admin(), "AuditEvent?patient=Patient/" + pat));
        assertTrue(all.size() >= 6, all.size() + " rows");
        assertTrue(all.stream()
                .allMatch(e -> e.getEntityFirstRep().getWhat().getReference().equals("Patient/" + pat)));
        assertEquals(
                ids(search(clinic.admin(), "AuditEvent?entity=Patient/" + pat)),
                all.stream().map(AuditEvent::getIdPart).toList());
        assertEquals(
                0,
                search(clinic.admin(), base + "entity=Patient/" + clinic.paula().idText())
                        .getEntry()
                        .size());

        List<AuditEvent> tess = events(search(
                clinic.admin(), base + "agent=Practitioner/" + clinic.tess().subject()));
        assertEquals(4, tess.size(), "tess read the flags; three older rows");
        List<AuditEvent> paula = events(search(
                clinic.admin(),
                base + "agent:identifier=urn:motus:fhir:account-subject%7C"
                        + clinic.paula().person().subject()));
        assertEquals(1, paula.size());
        assertEquals(AuditEventOutcome._4, paula.get(0).getOutcome());

        List<AuditEvent> denied = events(search(clinic.admin(), base + "outcome=4"));
        assertEquals(2, denied.size(), "paula outside reach, the admin not for their role");
        assertTrue(denied.stream().allMatch(e -> e.getOutcome() == AuditEventOutcome._4));
        assertEquals(
                all.size() - 2,
                search(clinic.admin(), base + "outcome=0,8").getEntry().size());
        assertEquals(0, search(clinic.admin(), base + "outcome=8").getEntry().size());

        List<AuditEvent> flags = events(search(clinic.admin(), base + "subtype=" + ACTION + "%7CREAD_FLAGS"));
        assertEquals(4, flags.size(), "tess's read and the three older rows");
        assertEquals(
                1,
                search(clinic.admin(), base + "subtype=READ_CHECK_INS")
                        .getEntry()
                        .size());
        assertEquals(
                0,
                search(clinic.admin(), base + "subtype=urn:other%7CREAD_FLAGS")
                        .getEntry()
                        .size());

        assertEquals(
                2,
                search(clinic.admin(), base + "date=ge2026-11-02&date=le2026-11-30")
                        .getEntry()
                        .size());
        assertEquals(
                1, search(clinic.admin(), base + "date=2026-11-01").getEntry().size());
        assertEquals(
                1,
                search(clinic.admin(), base + "date=gt2026-11-01&date=lt2026-11-03")
                        .getEntry()
                        .size());
        assertEquals(
                1,
                search(clinic.admin(), base + "date=2026-11-03T10:00:00Z")
                        .getEntry()
                        .size());
        assertEquals(
                all.size() - 3,
                search(clinic.admin(), base + "date=ge2026-12-01").getEntry().size());
    }

    @Test
    void pagesWalkEveryRowOnceWhileNewRowsAreWritten() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        Instant start = Instant.parse("2026-10-01T09:00:00Z");
        for (int i = 0; i < 4; i++) {
            pastRow(pat, clinic.tess().subject(), start.plusSeconds(3600L * i));
        }
        // two rows at the very same instant: the id breaks the tie, so neither is lost
        pastRow(pat, clinic.tess().subject(), start.plusSeconds(3600L));
        long before = Fixtures.count("select count(*) from audit_event where patient_id = ?1", pat);

        Bundle page = search(clinic.admin(), "AuditEvent?patient=" + pat + "&_count=2");
        List<String> seen = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        int pages = 0;
        UUID older = null;
        while (true) {
            pages++;
            assertTrue(page.getEntry().size() <= 2);
            for (AuditEvent event : events(page)) {
                seen.add(event.getIdPart());
                times.add(event.getRecorded().toInstant());
            }
            if (pages == 1) {
                // Written meanwhile: a new read (newer than every page) and a row older than all.
                as(clinic.tess()).get("/api/v1/patients/{id}", pat).then().statusCode(200);
                older = pastRow(pat, clinic.tess().subject(), start.minusSeconds(60));
            }
            Bundle.BundleLinkComponent next = page.getLink("next");
            if (next == null) {
                break;
            }
            assertTrue(next.getUrl().contains("_count=2"), next.getUrl());
            page = follow(clinic.admin(), next.getUrl());
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no row twice: " + seen);
        assertEquals(before + 1, seen.size(), "every row once, and the older one written meanwhile");
        assertTrue(seen.contains(older.toString()));
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isAfter(times.get(i - 1)), "newest first: " + times);
        }
        assertEquals((before + 2) / 2, pages);
    }

    @Test
    void badParametersAreA400OperationOutcome() {
        Clinic clinic = Fixtures.clinic();
        String pat = clinic.pat().idText();
        for (String query : List.of(
                "date=yesterday",
                "date=ge2026-13-01",
                "outcome=2",
                "outcome=failed",
                "_count=0",
                "_count=abc",
                "_cursor=bm90LWEtY3Vyc29y",
                "patient=Patient/42",
                "entity=Practitioner/" + clinic.tess().subject(),
                "subtype=read_record",
                "agent=a%20b")) {
            outcome(get(clinic.admin(), "AuditEvent?patient=" + pat + "&" + query), 400, "invalid");
        }
        // As every Motus search: more than 100 a page is served as 100 (FHIR lets a server), and a
        // parameter this search does not know is left aside.
        search(clinic.admin(), "AuditEvent?patient=" + pat + "&_count=1000");
        search(clinic.admin(), "AuditEvent?patient=" + pat + "&_unknown=1");
    }

    @Test
    void onlyAnAdminReadsTheTrailAndNoIdTellsAnyoneElseAnything() {
        Clinic clinic = Fixtures.clinic();
        String pat = clinic.pat().idText();
        String id = ids(search(clinic.admin(), "AuditEvent?patient=" + pat)).get(0);
        List<String> paths = List.of(
                "AuditEvent?patient=" + pat,
                "AuditEvent?patient=" + clinic.paula().idText(),
                "AuditEvent",
                "AuditEvent/" + id,
                "AuditEvent/" + UUID.randomUUID());
        List<Person> others = List.of(
                clinic.pat().person(),
                clinic.paula().person(),
                clinic.tess(),
                clinic.stranger(),
                new Person(UUID.randomUUID().toString(), "Session Gateway", "notifier"));
        for (Person caller : others) {
            for (String path : paths) {
                outcome(get(caller, path), 403, "forbidden");
            }
        }
        for (String path : paths) {
            outcome(given().urlEncodingEnabled(false).get("/fhir/R4/" + path), 401, "login");
        }
        outcome(get(clinic.admin(), "AuditEvent/" + UUID.randomUUID()), 404, "not-found");
        outcome(get(clinic.admin(), "AuditEvent/not-a-uuid"), 404, "not-found");
    }

    @Test
    void theCapabilityStatementListsAuditEventWithWhatWorks() {
        Clinic clinic = Fixtures.clinic();
        String pat = clinic.pat().idText();
        var statement = Capabilities.statement();
        var auditEvent = statement.getRestFirstRep().getResource().stream()
                .filter(r -> r.getType().equals("AuditEvent"))
                .findFirst()
                .orElseThrow();
        String id = ids(search(clinic.admin(), "AuditEvent?patient=" + pat)).get(0);
        for (var interaction : auditEvent.getInteraction()) {
            String path = switch (interaction.getCode()) {
                case READ -> "AuditEvent/" + id;
                case SEARCHTYPE -> "AuditEvent";
                default -> throw new AssertionError("unexpected interaction " + interaction.getCode());
            };
            get(clinic.admin(), path).then().statusCode(200);
        }
        java.util.Map<String, String> values = java.util.Map.of(
                "patient",
                "patient=Patient/" + pat,
                "entity",
                "entity=Patient/" + pat,
                "agent",
                "agent=Practitioner/" + clinic.tess().subject(),
                "date",
                "date=ge2026-01-01",
                "outcome",
                "outcome=0",
                "subtype",
                "subtype=READ_RECORD");
        assertEquals(
                values.keySet(),
                new HashSet<>(auditEvent.getSearchParam().stream()
                        .map(p -> p.getName())
                        .toList()));
        for (String query : values.values()) {
            search(clinic.admin(), "AuditEvent?" + query);
        }
    }

    /** An audit row written straight to the table, at a time in the past; its id. */
    private static UUID pastRow(UUID patientId, String actor, Instant at) {
        UUID id = UUID.randomUUID();
        Fixtures.sql(
                "insert into audit_event (id, occurred_at, actor_subject, actor_roles, action, patient_id, outcome)"
                        + " values (?1, ?2, ?3, 'therapist', 'READ_FLAGS', ?4, 'SUCCESS')",
                id,
                at,
                actor,
                patientId);
        return id;
    }

    private static long adminRows(Clinic clinic, String outcome, String detail) {
        return Fixtures.count(
                "select count(*) from audit_event where actor_subject = ?1 and action = 'SEARCH_AUDIT_EVENTS'"
                        + " and outcome = ?2 and detail = ?3 and patient_id is null",
                clinic.admin().subject(),
                outcome,
                detail);
    }

    private static AuditEvent only(List<AuditEvent> events, Person actor) {
        List<AuditEvent> theirs = events.stream()
                .filter(e -> actor.subject()
                        .equals(e.getAgentFirstRep().getWho().getIdentifier().getValue()))
                .toList();
        assertEquals(1, theirs.size(), actor.name() + ": " + theirs);
        return theirs.get(0);
    }

    private static List<AuditEvent> events(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> (AuditEvent) e.getResource()).toList();
    }

    private static List<String> ids(Bundle bundle) {
        return events(bundle).stream().map(AuditEvent::getIdPart).toList();
    }
}
