package org.motus.patient.notification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.push.TestBrowser;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * Every notification endpoint x every kind of caller (patient, therapist, admin, a signed-in person
 * with no Motus role, nobody). Someone else's notification or subscription answers 404 like a
 * missing one; a new endpoint is covered by adding a row.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(MailServerTestResource.class)
class NotificationAccessTest {

    /** One endpoint: how to call it (with the ids of another person's rows), and the status per caller. */
    record Endpoint(String method, String path, Function<Person, Object> body, int patient, int therapist, int admin) {}

    /** Rows that belong to someone who is not calling. */
    record Others(UUID notification, UUID subscription) {}

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/api/v1/notifications", null, 200, 200, 200),
                new Endpoint("GET", "/api/v1/notifications?status=UNREAD", null, 200, 200, 200),
                new Endpoint("GET", "/api/v1/notifications/unread-count", null, 200, 200, 200),
                new Endpoint("POST", "/api/v1/notifications/read", null, 200, 200, 200),
                new Endpoint("POST", "/api/v1/notifications/{notification}/read", null, 404, 404, 404),
                new Endpoint("GET", "/api/v1/notifications/dead-letters", null, 403, 403, 200),
                new Endpoint("POST", "/api/v1/notifications/dead-letters/{notification}/retry", null, 403, 403, 404),
                new Endpoint("POST", "/api/v1/notifications/dead-letters/{missing}/retry", null, 403, 403, 404),
                new Endpoint("POST", "/api/v1/notifications/dead-letters/not-a-uuid/retry", null, 403, 403, 400),
                new Endpoint("GET", "/api/v1/notifications/dead-letters?cursor=nope", null, 403, 403, 400),
                new Endpoint("GET", "/api/v1/notifications/failed-reminders", null, 403, 403, 200),
                new Endpoint("GET", "/api/v1/notifications/failed-reminders?limit=0", null, 403, 403, 400),
                new Endpoint("POST", "/api/v1/notifications/failed-reminders/{missing}/retry", null, 403, 403, 404),
                new Endpoint("POST", "/api/v1/notifications/failed-reminders/not-a-uuid/retry", null, 403, 403, 400),
                new Endpoint("GET", "/api/v1/notifications/alert-preferences", null, 403, 200, 403),
                new Endpoint(
                        "PUT",
                        "/api/v1/notifications/alert-preferences",
                        caller -> Map.of("digestHour", 8, "timeZone", "Europe/Berlin"),
                        403,
                        200,
                        403),
                new Endpoint("GET", "/api/v1/notifications/push/public-key", null, 200, 200, 200),
                new Endpoint("GET", "/api/v1/notifications/push/subscriptions", null, 200, 200, 200),
                new Endpoint(
                        "POST",
                        "/api/v1/notifications/push/subscriptions",
                        caller ->
                                TestBrowser.create().subscription("https://push.example.net/send/" + caller.subject()),
                        201,
                        201,
                        201),
                new Endpoint("DELETE", "/api/v1/notifications/push/subscriptions/{subscription}", null, 404, 404, 404));
    }

    @TestFactory
    List<DynamicTest> everyNotificationEndpointForEveryCaller() {
        Others others = othersRows();
        Person patient = Tokens.patient("Pat Sweep");
        Person therapist = Tokens.therapist("Tess Sweep");
        Person admin = Tokens.admin("Adam Sweep");
        Person noRole = new Person(UUID.randomUUID().toString(), "No Role", "visitor");
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String name = endpoint.method() + " " + endpoint.path();
            tests.add(DynamicTest.dynamicTest(
                    name + " as a patient -> " + endpoint.patient(),
                    () -> call(endpoint, patient, others).then().statusCode(endpoint.patient())));
            tests.add(DynamicTest.dynamicTest(
                    name + " as a therapist -> " + endpoint.therapist(),
                    () -> call(endpoint, therapist, others).then().statusCode(endpoint.therapist())));
            tests.add(DynamicTest.dynamicTest(
                    name + " as an admin -> " + endpoint.admin(),
                    () -> call(endpoint, admin, others).then().statusCode(endpoint.admin())));
            tests.add(DynamicTest.dynamicTest(
                    name + " with no Motus role -> 403",
                    () -> call(endpoint, noRole, others).then().statusCode(403)));
            tests.add(DynamicTest.dynamicTest(name + " without a token -> 401", () -> {
                var request = given().contentType(ContentType.JSON);
                if (endpoint.body() != null) {
                    request = request.body(endpoint.body().apply(patient));
                }
                request.request(endpoint.method(), resolve(endpoint.path(), others))
                        .then()
                        .statusCode(401);
            }));
        }
        tests.add(DynamicTest.dynamicTest("the other person's rows are untouched", () -> {
            assertEquals(
                    1,
                    Fixtures.count(
                            "select count(*) from notification where id = ?1 and read_at is null and status = 'SENT'",
                            others.notification()));
            assertEquals(
                    1, Fixtures.count("select count(*) from push_subscription where id = ?1", others.subscription()));
        }));
        return tests;
    }

    @Test
    void aPersonSeesAndRemovesOnlyTheirOwnSubscriptions() {
        Person pat = Tokens.patient("Pat Push");
        Person paula = Tokens.patient("Paula Push");
        String id = as(pat).body(
                        TestBrowser.create().subscription("https://push.example.net/send/pat-" + pat.subject()))
                .post("/api/v1/notifications/push/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(paula)
                .get("/api/v1/notifications/push/subscriptions")
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        as(paula)
                .delete("/api/v1/notifications/push/subscriptions/{id}", id)
                .then()
                .statusCode(404);
        as(pat).get("/api/v1/notifications/push/subscriptions")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(id));
        as(pat).delete("/api/v1/notifications/push/subscriptions/{id}", id)
                .then()
                .statusCode(204);
        as(pat).get("/api/v1/notifications/push/subscriptions").then().body("$", hasSize(0));
    }

    @Test
    void subscribingTheSameBrowserAgainUpdatesItAndAnotherPersonSigningInTakesItOver() {
        Person pat = Tokens.patient("Pat Again");
        Person paula = Tokens.patient("Paula Again");
        String endpoint = "https://push.example.net/send/shared-" + UUID.randomUUID();
        TestBrowser browser = TestBrowser.create();
        String first = as(pat).body(browser.subscription(endpoint))
                .post("/api/v1/notifications/push/subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(pat).body(browser.subscription(endpoint))
                .post("/api/v1/notifications/push/subscriptions")
                .then()
                .statusCode(201)
                .body("id", equalTo(first));
        as(paula)
                .body(TestBrowser.create().subscription(endpoint))
                .post("/api/v1/notifications/push/subscriptions")
                .then()
                .statusCode(201)
                .body("id", equalTo(first));
        as(pat).get("/api/v1/notifications/push/subscriptions").then().body("$", hasSize(0));
        as(paula).get("/api/v1/notifications/push/subscriptions").then().body("$", hasSize(1));
    }

    private static io.restassured.response.Response call(Endpoint endpoint, Person caller, Others others) {
        var request = as(caller);
        if (endpoint.body() != null) {
            request = request.body(endpoint.body().apply(caller));
        }
        return request.request(endpoint.method(), resolve(endpoint.path(), others));
    }

    private static String resolve(String path, Others others) {
        return path.replace("{notification}", others.notification().toString())
                .replace("{missing}", UUID.randomUUID().toString())
                .replace("{subscription}", others.subscription().toString());
    }

    /** An in-app notification and a push subscription of someone else (written straight to the database). */
    private static Others othersRows() {
        String someoneElse = UUID.randomUUID().toString();
        UUID notification = UUID.randomUUID();
        Fixtures.sql("""
                insert into notification (id, recipient_subject, channel, topic, link, dedupe_key, status,
                                          next_attempt_at, created_at, sent_at)
                values (?1, ?2, 'IN_APP', 'URGENT_ALERT', '/', ?3, 'SENT', ?4, ?4, ?4)""", notification, someoneElse, "sweep:" + notification, Instant.now());
        UUID subscription = UUID.randomUUID();
        TestBrowser browser = TestBrowser.create();
        Fixtures.sql(
                "insert into push_subscription (id, subject, endpoint, p256dh, auth, created_at) values (?1, ?2, ?3, ?4, ?5, ?6)",
                subscription,
                someoneElse,
                "https://push.example.net/send/" + subscription,
                browser.p256dh(),
                browser.auth(),
                Instant.now());
        return new Others(notification, subscription);
    }
}
