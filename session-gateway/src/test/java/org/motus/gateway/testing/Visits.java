package org.motus.gateway.testing;

import static io.restassured.RestAssured.given;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * The test data of visits in one place: a therapist and two patients, one on the therapist's
 * caseload (pat) and one not (paula), a therapist who treats neither and an admin, all signed in
 * through the real login; and visits booked through the API.
 */
public final class Visits {

    public final Person tess = Person.therapist("tess", "Tess", "Therapist");
    public final Person pat = Person.patient("pat", "Pat", "Patient");
    public final Person paula = Person.patient("paula", "Paula", "Patient");
    public final Person theo = Person.therapist("theo", "Theo", "Stranger");
    public final Person adam = Person.admin("adam", "Adam", "Admin");
    public final UUID patId;
    public final UUID paulaId;
    public final BrowserSession tessBrowser;
    public final BrowserSession patBrowser;
    public final BrowserSession paulaBrowser;
    public final BrowserSession theoBrowser;
    public final BrowserSession adamBrowser;

    public Visits(WireMockServer oidc) {
        patId = FakePatients.patient(pat);
        paulaId = FakePatients.patient(paula);
        FakePatients.treats(tess, patId);
        FakePatients.known(theo);
        FakePatients.known(adam);
        tessBrowser = BrowserSession.signIn(oidc, tess);
        patBrowser = BrowserSession.signIn(oidc, pat);
        paulaBrowser = BrowserSession.signIn(oidc, paula);
        theoBrowser = BrowserSession.signIn(oidc, theo);
        adamBrowser = BrowserSession.signIn(oidc, adam);
    }

    /** An API call as this browser, with the CSRF header the web app sends. */
    public static RequestSpecification as(BrowserSession browser) {
        return given().header("Cookie", browser.cookieHeader()).header("X-Requested-By", "motus-web");
    }

    /** tess books a visit with pat starting in {@code fromNow}; returns its id. */
    public UUID book(Duration fromNow, int durationMinutes) {
        return book(tessBrowser, patId, fromNow, durationMinutes, "Follow-up");
    }

    /** A visit that is joinable now: it starts in 5 minutes. */
    public UUID joinable() {
        return book(Duration.ofMinutes(5), 30);
    }

    public static UUID book(
            BrowserSession therapist, UUID patientId, Duration fromNow, int durationMinutes, String reason) {
        String id = as(therapist)
                .contentType("application/json")
                .body(Map.of(
                        "patientId",
                        patientId.toString(),
                        "start",
                        Instant.now()
                                .plus(fromNow)
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString(),
                        "durationMinutes",
                        durationMinutes,
                        "reason",
                        reason))
                .when()
                .post("/api/v1/visits")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }
}
