package org.motus.gateway.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.motus.gateway.testing.Visits.as;

import ca.uhn.fhir.context.FhirContext;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Appointment.AppointmentParticipantComponent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.audit.AuditEvent;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Visits;
import org.motus.gateway.visit.Visit;
import org.motus.gateway.visit.VisitStatus;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.FhirValidation;

/**
 * Video visits as FHIR R4 Appointments, served by the gateway: the same people reach the same visits
 * as through the visit API, every answer (Appointment, Bundle, OperationOutcome, the merged
 * CapabilityStatement) passes HAPI's validator against the R4 base profiles with no error, searches
 * page by a next link, and what cannot be read is a 400 OperationOutcome, never a 500.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class FhirAppointmentsTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String BASE = "/fhir/R4/Appointment";

    @OidcWireMock
    WireMockServer oidc;

    private Visits visits;

    @BeforeEach
    void people() {
        visits = new Visits(oidc);
    }

    @Test
    void eachParticipantReadsTheVisitAsABookedVirtualAppointmentWithoutTheNote() {
        UUID visit = visits.book(Duration.ofDays(2), 45);
        as(visits.tessBrowser)
                .contentType("application/json")
                .body(Map.of("text", "Private: the knee gives way on stairs"))
                .put("/api/v1/visits/" + visit + "/note")
                .then()
                .statusCode(200);

        for (BrowserSession participant : List.of(visits.tessBrowser, visits.patBrowser)) {
            Response response = fhir(participant, BASE + "/" + visit);
            assertThat(response.asString(), not(containsString("knee gives way")));
            Appointment appointment = valid(response, 200, Appointment.class);
            assertEquals(visit.toString(), appointment.getIdElement().getIdPart());
            assertEquals(Appointment.AppointmentStatus.BOOKED, appointment.getStatus());
            assertEquals(45, appointment.getMinutesDuration());
            assertEquals(
                    Duration.ofMinutes(45),
                    Duration.between(
                            appointment.getStart().toInstant(),
                            appointment.getEnd().toInstant()));
            assertEquals(
                    "VR",
                    appointment.getServiceTypeFirstRep().getCodingFirstRep().getCode());
            assertEquals("Follow-up", appointment.getReasonCodeFirstRep().getText());
            AppointmentParticipantComponent patient = participant(appointment, "Patient/");
            AppointmentParticipantComponent therapist = participant(appointment, "Practitioner/");
            assertEquals("Patient/" + visits.patId, patient.getActor().getReference());
            assertEquals(
                    "Practitioner/" + visits.tess.subject(),
                    therapist.getActor().getReference());
            assertEquals(Appointment.ParticipationStatus.ACCEPTED, patient.getStatus());
            assertEquals(Appointment.ParticipationStatus.ACCEPTED, therapist.getStatus());
        }
    }

    @Test
    void eachVisitStatusHasItsAppointmentStatusAndACancellationSaysWhy() {
        UUID requested = visits.book(Duration.ofDays(2), 30);
        UUID held = visits.book(Duration.ofDays(3), 30);
        UUID unattended = visits.book(Duration.ofDays(4), 30);
        UUID waiting = visits.book(Duration.ofDays(5), 30);
        UUID inCall = visits.book(Duration.ofDays(6), 30);
        UUID cancelled = visits.book(Duration.ofDays(7), 30);
        change(requested, v -> v.status = VisitStatus.REQUESTED);
        change(held, v -> {
            v.status = VisitStatus.ENDED;
            v.actualStart = v.scheduledStart;
            v.actualEnd = v.scheduledStart.plusSeconds(1_200);
        });
        change(unattended, v -> v.status = VisitStatus.ENDED);
        change(waiting, v -> v.status = VisitStatus.WAITING);
        change(inCall, v -> {
            v.status = VisitStatus.IN_PROGRESS;
            v.actualStart = v.scheduledStart;
        });
        as(visits.patBrowser)
                .contentType("application/json")
                .body(Map.of("reason", "Flu, sorry"))
                .post("/api/v1/visits/" + cancelled + "/cancel")
                .then()
                .statusCode(200);

        Map<UUID, String> expected = Map.of(
                requested, "proposed",
                held, "fulfilled",
                unattended, "noshow",
                waiting, "arrived",
                inCall, "checked-in",
                cancelled, "cancelled");
        expected.forEach((visit, status) -> {
            Appointment appointment = valid(fhir(visits.patBrowser, BASE + "/" + visit), 200, Appointment.class);
            assertEquals(status, appointment.getStatus().toCode(), visit.toString());
        });

        Appointment gone = valid(fhir(visits.tessBrowser, BASE + "/" + cancelled), 200, Appointment.class);
        assertEquals("Flu, sorry", gone.getCancelationReason().getText());
        assertEquals(
                Appointment.ParticipationStatus.DECLINED,
                participant(gone, "Patient/").getStatus());
        Appointment asked = valid(fhir(visits.tessBrowser, BASE + "/" + requested), 200, Appointment.class);
        assertEquals(
                Appointment.ParticipationStatus.NEEDSACTION,
                participant(asked, "Practitioner/").getStatus());
        assertEquals(false, asked.hasCancelationReason());

        // status searches by the same mapping, read back: only those visits, in start order.
        assertEquals(List.of(unattended), ids(search(visits.patBrowser, "status=noshow")));
        assertEquals(List.of(held, unattended), ids(search(visits.patBrowser, "status=fulfilled,noshow")));
        assertEquals(
                List.of(waiting),
                ids(search(visits.tessBrowser, "status=http://hl7.org/fhir/appointmentstatus%7Carrived")));
        assertEquals(List.of(), ids(search(visits.tessBrowser, "status=pending")));
        assertEquals(List.of(cancelled), ids(search(visits.tessBrowser, "status=cancelled&status=cancelled,booked")));
    }

    /**
     * Who reaches what, as the visit API decides it: the participants their visit, anyone else (the
     * other patient, a therapist who is not the visit's, an admin) a 404 for the visit and nothing of
     * it in a search, whatever patient or practitioner they name.
     */
    @Test
    void nobodyButTheTwoParticipantsReachesAVisitByReadOrSearch() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        String pat = "Patient/" + visits.patId;
        String tess = "Practitioner/" + visits.tess.subject();
        record Row(String who, BrowserSession browser, String path, int status, boolean seesVisit) {}
        List<Row> rows = List.of(
                new Row("tess", visits.tessBrowser, BASE + "/" + visit, 200, true),
                new Row("pat", visits.patBrowser, BASE + "/" + visit, 200, true),
                new Row("paula", visits.paulaBrowser, BASE + "/" + visit, 404, false),
                new Row("theo", visits.theoBrowser, BASE + "/" + visit, 404, false),
                new Row("adam", visits.adamBrowser, BASE + "/" + visit, 404, false),
                new Row("tess", visits.tessBrowser, BASE + "/" + UUID.randomUUID(), 404, false),
                new Row("tess", visits.tessBrowser, BASE + "/not-a-visit-id", 404, false),
                new Row("tess", visits.tessBrowser, BASE + "?patient=" + pat, 200, true),
                new Row("pat", visits.patBrowser, BASE + "?patient=" + pat, 200, true),
                new Row("pat", visits.patBrowser, BASE, 200, true),
                new Row("pat", visits.patBrowser, BASE + "?patient=Patient/" + visits.paulaId, 200, false),
                new Row("paula", visits.paulaBrowser, BASE + "?patient=" + pat, 200, false),
                new Row("paula", visits.paulaBrowser, BASE, 200, false),
                new Row("theo", visits.theoBrowser, BASE + "?practitioner=" + tess, 200, false),
                new Row("theo", visits.theoBrowser, BASE + "?actor=" + pat, 200, false),
                new Row("theo", visits.theoBrowser, BASE, 200, false),
                new Row("adam", visits.adamBrowser, BASE + "?patient=" + pat, 200, false),
                new Row("adam", visits.adamBrowser, BASE, 200, false));
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Response response = fhir(row.browser(), row.path());
            String body = response.asString();
            assertEquals(List.of(), FhirValidation.errors(body), row.toString());
            // An OperationOutcome may repeat the id asked for; what must not come back is the visit.
            IBaseResource answer = FhirValidation.parse(body);
            boolean sees = answer instanceof Appointment
                    || (answer instanceof Bundle bundle && ids(bundle).contains(visit));
            if (response.statusCode() != row.status() || sees != row.seesVisit()) {
                wrong.add(row.who() + " " + row.path() + ": " + response.statusCode() + (sees ? " with" : " without")
                        + " the visit");
            }
            if (row.status() == 404) {
                assertEquals(
                        "not-found",
                        ((OperationOutcome) FhirValidation.parse(body))
                                .getIssueFirstRep()
                                .getCode()
                                .toCode());
            }
        }
        assertThat(wrong, empty());
    }

    @Test
    void everyReadAndSearchIsAuditedLikeTheVisitApisOwn() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        fhir(visits.patBrowser, BASE + "/" + visit).then().statusCode(200);
        fhir(visits.paulaBrowser, BASE + "/" + visit).then().statusCode(404);
        fhir(visits.tessBrowser, BASE + "?patient=Patient/" + visits.patId)
                .then()
                .statusCode(200);
        fhir(visits.adamBrowser, BASE).then().statusCode(200);

        assertEquals(List.of("VISIT_READ SUCCESS " + visits.patId), trail(visits.pat.subject()));
        assertEquals(List.of("VISIT_READ DENIED " + visits.patId), trail(visits.paula.subject()));
        assertEquals(
                List.of("VISIT_SCHEDULED SUCCESS " + visits.patId, "VISITS_LISTED SUCCESS " + visits.patId),
                trail(visits.tess.subject()));
        assertEquals(List.of("VISITS_LISTED SUCCESS null"), trail(visits.adam.subject()));
    }

    @Test
    void searchesPageByTheirNextLinkInStartOrderWithoutRepeatingOrSkipping() {
        List<UUID> booked = new ArrayList<>();
        for (int day = 14; day >= 10; day--) {
            booked.add(0, visits.book(Duration.ofDays(day), 30));
        }
        List<UUID> seen = new ArrayList<>();
        String next = BASE + "?patient=Patient/" + visits.patId + "&_count=2";
        int pages = 0;
        while (next != null && pages < 10) {
            Bundle page = valid(fhir(visits.tessBrowser, next), 200, Bundle.class);
            seen.addAll(ids(page));
            assertThat(page.getLink("self").getUrl(), containsString("_count=2"));
            next = page.getLink("next") == null ? null : page.getLink("next").getUrl();
            if (pages == 0) {
                // Booked meanwhile, before the cursor: never shown, never shifts the pages after it.
                visits.book(Duration.ofDays(9), 30);
            }
            pages++;
        }
        assertEquals(booked, seen);
        assertEquals(3, pages);
    }

    @Test
    void everySearchParameterTheStatementListsNarrowsTheSearch() {
        UUID early = visits.book(Duration.ofDays(2), 30);
        UUID late = visits.book(Duration.ofDays(4), 30);
        Instant lateStart = valid(fhir(visits.patBrowser, BASE + "/" + late), 200, Appointment.class)
                .getStart()
                .toInstant();
        LocalDate thirdDay = LocalDate.ofInstant(Instant.now().plus(Duration.ofDays(3)), ZoneOffset.UTC);
        List<String> exercised = List.of("actor", "date", "patient", "practitioner", "status");
        // Each parameter (below: exercised) once matching both visits or one, once matching none or the other.
        assertEquals(List.of(early, late), ids(search(visits.patBrowser, "patient=Patient/" + visits.patId)));
        assertEquals(List.of(), ids(search(visits.patBrowser, "patient=" + visits.paulaId)));
        assertEquals(
                List.of(early, late),
                ids(search(visits.patBrowser, "practitioner=Practitioner/" + visits.tess.subject())));
        assertEquals(List.of(), ids(search(visits.patBrowser, "practitioner=someone")));
        assertEquals(
                List.of(early, late),
                ids(search(visits.tessBrowser, "actor=Patient/" + visits.patId + ",Practitioner/nobody")));
        assertEquals(List.of(early, late), ids(search(visits.tessBrowser, "actor=" + visits.tess.subject())));
        assertEquals(List.of(), ids(search(visits.tessBrowser, "actor=Practitioner/nobody")));
        assertEquals(List.of(late), ids(search(visits.tessBrowser, "date=ge" + thirdDay)));
        assertEquals(List.of(early), ids(search(visits.tessBrowser, "date=lt" + thirdDay)));
        assertEquals(List.of(late), ids(search(visits.tessBrowser, "date=" + lateStart)));
        assertEquals(List.of(), ids(search(visits.tessBrowser, "date=gt" + lateStart)));
        assertEquals(List.of(early, late), ids(search(visits.tessBrowser, "status=booked")));
        assertEquals(List.of(), ids(search(visits.tessBrowser, "status=cancelled")));

        CapabilityStatement statement = valid(given().get("/fhir/R4/metadata"), 200, CapabilityStatement.class);
        CapabilityStatementRestResourceComponent appointment = statement.getRestFirstRep().getResource().stream()
                .filter(resource -> resource.getType().equals("Appointment"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("read", "search-type"),
                appointment.getInteraction().stream()
                        .map(i -> i.getCode().toCode())
                        .toList());
        assertEquals(
                exercised,
                appointment.getSearchParam().stream()
                        .map(p -> p.getName())
                        .sorted()
                        .toList());
    }

    @Test
    void whatCannotBeReadIsA400OperationOutcomeNeverA500() {
        visits.book(Duration.ofDays(2), 30);
        for (String query : List.of(
                "_count=abc",
                "_count=0",
                "_count=1&_count=2",
                "status=nope",
                "status=other-system%7Cbooked",
                "status=",
                "date=yesterday",
                "date=ne2026-12-01",
                "date=2026-13-45",
                "patient=42",
                "patient=Practitioner/" + visits.tess.subject(),
                "practitioner=Patient/" + visits.patId,
                "actor=Observation/1",
                "actor=Patient/not-a-uuid",
                "patient:missing=true",
                "_cursor=bm9wZQ",
                "_cursor=%25%25")) {
            Response response = fhir(visits.patBrowser, BASE + "?" + query);
            OperationOutcome outcome = valid(response, 400, OperationOutcome.class);
            assertEquals("invalid", outcome.getIssueFirstRep().getCode().toCode(), query);
        }
        valid(fhir(visits.patBrowser, BASE + "/bad!id"), 400, OperationOutcome.class);
        valid(fhir(visits.patBrowser, BASE + "/" + "x".repeat(65)), 400, OperationOutcome.class);
        // Unknown parameters are ignored (FHIR's lenient handling) and left out of the links.
        Bundle lenient = valid(fhir(visits.patBrowser, BASE + "?_sort=date&unknown=1"), 200, Bundle.class);
        assertThat(lenient.getLink("self").getUrl(), not(containsString("unknown")));
        Response post = as(visits.patBrowser)
                .contentType("application/fhir+json")
                .body("{}")
                .post(BASE);
        assertThat(post.statusCode(), org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(405)));
        valid(post, post.statusCode(), OperationOutcome.class);
    }

    @Test
    void withoutASessionAppointmentsAnswer401OperationOutcome() {
        UUID visit = visits.book(Duration.ofDays(2), 30);
        for (String path : List.of(BASE + "/" + visit, BASE + "?patient=Patient/" + visits.patId)) {
            OperationOutcome outcome = valid(given().redirects().follow(false).get(path), 401, OperationOutcome.class);
            assertEquals("login", outcome.getIssueFirstRep().getCode().toCode());
        }
    }

    @Test
    void theMergedStatementListsAppointmentAndIsValid() {
        Response response = given().get("/fhir/R4/metadata");
        CapabilityStatement statement = valid(response, 200, CapabilityStatement.class);
        assertThat(
                statement.getRestFirstRep().getResource().stream()
                        .map(CapabilityStatementRestResourceComponent::getType)
                        .toList(),
                org.hamcrest.Matchers.hasItem("Appointment"));
        Bundle empty = valid(fhir(visits.paulaBrowser, BASE), 200, Bundle.class);
        assertEquals(0, empty.getEntry().size());
        assertNull(empty.getLink("next"));
    }

    private static Response fhir(BrowserSession browser, String pathOrUrl) {
        return given().header("Cookie", browser.cookieHeader())
                .redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .get(pathOrUrl);
    }

    private Bundle search(BrowserSession browser, String query) {
        return valid(fhir(browser, BASE + "?" + query), 200, Bundle.class);
    }

    /** The answer has this status, FHIR's media type, no validation error, and this resource type. */
    private static <T extends IBaseResource> T valid(Response response, int status, Class<T> type) {
        response.then().statusCode(status).contentType(startsWith("application/fhir+json"));
        String body = response.asString();
        assertEquals(List.of(), FhirValidation.errors(body), body);
        return FHIR.newJsonParser().parseResource(type, body);
    }

    private static List<UUID> ids(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(entry -> UUID.fromString(entry.getResource().getIdElement().getIdPart()))
                .toList();
    }

    private static AppointmentParticipantComponent participant(Appointment appointment, String prefix) {
        return appointment.getParticipant().stream()
                .filter(p -> p.getActor().getReference().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    private static void change(UUID visitId, Consumer<Visit> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(Visit.<Visit>findById(visitId)));
    }

    private static List<String> trail(String subject) {
        return QuarkusTransaction.requiringNew()
                .call(() -> AuditEvent.<AuditEvent>list("actorSubject = ?1 order by occurredAt", subject).stream()
                        .map(e -> e.action + " " + e.outcome + " " + e.patientId)
                        .toList());
    }
}
