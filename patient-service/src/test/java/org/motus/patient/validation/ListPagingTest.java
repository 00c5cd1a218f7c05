package org.motus.patient.validation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Fixtures.Clinic;
import org.motus.patient.testing.Tokens.Person;
import org.motus.problem.testing.OpenApiDocumentChecks;

/**
 * Issue 17 item 2: every list that grows with time answers a page (ADR 0044): {@code limit} rows at
 * most and, while more follow, {@code Link: <...>; rel="next"}. Following the links gives every row
 * exactly once in the list's order, even when rows arrive between pages; a bad limit or cursor is a
 * 400. A list that does not page says why it stays small.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ListPagingTest {

    private static final Pattern NEXT = Pattern.compile("^<([^>]+)>; rel=\"next\"$");

    /** Array-answering reads that do not page, each with why it stays small. */
    private static final Map<String, String> BOUNDED = Map.of(
            "/api/v1/consent-texts", "one text per consent kind",
            "/api/v1/caseload",
                    "ranked by severity over the whole caseload, so it is read whole; one therapist's patients (CaseloadQueriesTest)",
            "/api/v1/patients/{id}/care-team", "the therapists treating one patient",
            "/api/v1/patients/{id}/follow-ups", "sessions inside the open two-hour follow-up window only",
            "/api/v1/patients/{id}/proms/due", "at most one per instrument",
            "/api/v1/patients/{id}/proms/summary", "one per instrument",
            "/api/v1/notifications/push/subscriptions",
                    "at most PushSubscriptions.MAX_PER_PERSON browsers per person (the oldest is dropped)");

    record Paged(String name, Person reader, String path, int rows) {}

    @TestFactory
    List<DynamicTest> followingTheNextLinksGivesEveryRowOnceInOrder() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        // Three readings at the very same instant: the id breaks the tie between pages.
        for (int i = 0; i < 7; i++) {
            Fixtures.pastCheckIn(pat, "DAILY", i % 10, i < 3 ? at : at.plusSeconds(60L * i));
        }
        for (int i = 0; i < 5; i++) {
            Fixtures.logSession(clinic.pat(), 2, 6, 2); // above the ceiling: a flag each
        }
        for (int i = 0; i < 6; i++) {
            Fixtures.sendMessage(i % 2 == 0 ? clinic.pat().person() : clinic.tess(), pat, "Message " + i);
        }
        for (int i = 0; i < 5; i++) {
            Fixtures.sql(
                    "insert into prom_response (id, patient_id, instrument, score, answered_at) values (?1, ?2, 'PEG_3', ?3, ?4)",
                    UUID.randomUUID(),
                    pat,
                    i,
                    at.plus(i, ChronoUnit.DAYS).minus(30, ChronoUnit.DAYS));
        }
        for (int i = 0; i < 4; i++) {
            Fixtures.Enrolled invited = Fixtures.enrol(org.motus.patient.testing.Tokens.patient("Invited " + i));
            Fixtures.assign(invited.id(), clinic.tess());
            Fixtures.pendingInvitation(invited, clinic.tess());
        }
        String p = "/api/v1/patients/" + pat;
        List<Paged> lists = List.of(
                new Paged("check-ins", clinic.tess(), p + "/check-ins", 7 + 5 * 3),
                new Paged("sessions", clinic.tess(), p + "/sessions", 5),
                new Paged("flags", clinic.tess(), p + "/flags?status=ALL", 5),
                new Paged("messages", clinic.tess(), p + "/messages", 6),
                new Paged("PROMs", clinic.pat().person(), p + "/proms", 5),
                new Paged("invitations", clinic.tess(), "/api/v1/invitations", 4),
                new Paged(
                        "notifications",
                        clinic.tess(),
                        "/api/v1/notifications",
                        -1), // how many: the notice rules decide
                new Paged("audit trail", clinic.admin(), p + "/audit-events", -1));

        List<DynamicTest> tests = new ArrayList<>();
        for (Paged list : lists) {
            tests.add(DynamicTest.dynamicTest(list.name(), () -> {
                List<String> whole = ids(as(list.reader())
                        .get(list.path())
                        .then()
                        .statusCode(200)
                        .extract()
                        .response());
                if (list.rows() >= 0) {
                    assertEquals(list.rows(), whole.size(), list.name() + ": " + whole);
                }
                assertTrue(whole.size() >= 3, list.name() + " needs rows to page");
                List<String> followed = new ArrayList<>();
                String next = list.path() + (list.path().contains("?") ? "&" : "?") + "limit=2";
                int pages = 0;
                while (next != null) {
                    Response page = as(list.reader())
                            .get(next)
                            .then()
                            .statusCode(200)
                            .extract()
                            .response();
                    List<String> rows = ids(page);
                    assertTrue(rows.size() <= 2, list.name() + " page of " + rows.size());
                    followed.addAll(rows);
                    next = next(page);
                    pages++;
                    assertTrue(pages <= whole.size(), list.name() + ": the links do not end");
                }
                if (list.name().equals("messages")) {
                    // Paged backwards: each page is older than the one before, oldest first within it.
                    List<String> backwards = new ArrayList<>();
                    for (int i = 0; i < followed.size(); i += 2) {
                        backwards.addAll(0, followed.subList(i, Math.min(i + 2, followed.size())));
                    }
                    followed = backwards;
                }
                if (list.name().equals("audit trail")) {
                    // Reading the trail adds to it: the pages hold the rows older than the first.
                    assertEquals(new HashSet<>(followed).size(), followed.size(), "no row twice");
                    return;
                }
                assertEquals(whole, followed, list.name());
            }));
        }
        return tests;
    }

    @Test
    void rowsAddedBetweenPagesAreNeitherRepeatedNorSkipped() {
        Clinic clinic = Fixtures.clinic();
        UUID pat = clinic.pat().id();
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 4; i++) {
            Fixtures.pastCheckIn(pat, "DAILY", i, start.plus(i, ChronoUnit.HOURS));
        }
        Response first = as(clinic.pat().person())
                .get("/api/v1/patients/{id}/check-ins?limit=2", pat)
                .then()
                .statusCode(200)
                .extract()
                .response();
        // One earlier than the page shown, one later than everything.
        Fixtures.pastCheckIn(pat, "DAILY", 9, start.minus(1, ChronoUnit.HOURS));
        Fixtures.pastCheckIn(pat, "DAILY", 8, start.plus(10, ChronoUnit.HOURS));
        List<Integer> pains = new ArrayList<>(first.jsonPath().getList("pain", Integer.class));
        String next = next(first);
        while (next != null) {
            Response page = as(clinic.pat().person())
                    .get(next)
                    .then()
                    .statusCode(200)
                    .extract()
                    .response();
            pains.addAll(page.jsonPath().getList("pain", Integer.class));
            next = next(page);
        }
        assertEquals(
                List.of(0, 1, 2, 3, 8), pains, "the later one is reached, the earlier one belongs before page one");
    }

    @Test
    void aBadLimitOrCursorIsA400() {
        Clinic clinic = Fixtures.clinic();
        String checkIns = "/api/v1/patients/" + clinic.pat().id() + "/check-ins";
        for (String query : List.of(
                "limit=0", "limit=1001", "limit=-1", "limit=ten", "limit=2.5", "cursor=not-a-cursor", "cursor=%00")) {
            as(clinic.pat().person())
                    .get(checkIns + "?" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400));
        }
        as(clinic.pat().person()).get(checkIns + "?limit=1000").then().statusCode(200);
    }

    @Test
    void anotherPatientsCursorReadsNothingOfTheirs() {
        Clinic clinic = Fixtures.clinic();
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 3; i++) {
            Fixtures.pastCheckIn(clinic.paula().id(), "DAILY", 7, at.plusSeconds(i));
            Fixtures.pastCheckIn(clinic.pat().id(), "DAILY", 1, at.plusSeconds(i));
        }
        Response paulas = as(clinic.paula().person())
                .get("/api/v1/patients/{id}/check-ins?limit=1", clinic.paula().id())
                .then()
                .statusCode(200)
                .extract()
                .response();
        String cursor = next(paulas).replaceAll(".*cursor=([^&]+).*", "$1");
        // Pat with Paula's cursor reads Pat's own rows; Paula's list with it stays 404 for Pat.
        as(clinic.pat().person())
                .get(
                        "/api/v1/patients/{id}/check-ins?cursor=" + cursor,
                        clinic.pat().id())
                .then()
                .statusCode(200)
                .body("pain", org.hamcrest.Matchers.everyItem(equalTo(1)));
        as(clinic.pat().person())
                .get(
                        "/api/v1/patients/{id}/check-ins?cursor=" + cursor,
                        clinic.paula().id())
                .then()
                .statusCode(404);
    }

    @Test
    void everyArrayAnsweringReadPagesOrSaysWhyItStaysSmall() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = new ObjectMapper()
                .readValue(
                        given().accept("application/json")
                                .get("/q/openapi?format=json")
                                .asString(),
                        Map.class);
        List<String> unpaged = new ArrayList<>(OpenApiDocumentChecks.unpagedLists(document));
        Set<String> bounded = new HashSet<>(unpaged);
        bounded.retainAll(BOUNDED.keySet());
        unpaged.removeAll(BOUNDED.keySet());
        assertEquals(List.of(), unpaged, "lists that neither page nor say why they stay small");
        assertEquals(BOUNDED.keySet(), bounded, "every exception names a list that still exists and does not page");
    }

    private static List<String> ids(Response page) {
        return page.jsonPath().getList("id", String.class);
    }

    /** The path and query of the Link rel="next", or null on the last page. */
    private static String next(Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        assertTrue(matcher.matches(), "a Link with rel=next: " + link);
        assertTrue(matcher.group(1).startsWith("/api/v1/"), "path-absolute, so it works behind the gateway: " + link);
        return matcher.group(1);
    }

    @Test
    void theLastPageHasNoNextLink() {
        Clinic clinic = Fixtures.clinic();
        Response page = as(clinic.pat().person())
                .get("/api/v1/patients/{id}/check-ins?limit=5", clinic.pat().id())
                .then()
                .statusCode(200)
                .extract()
                .response();
        assertNull(page.header("Link"));
    }
}
