package org.motus.patient.push;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/**
 * A browser that unsubscribed (its push service answers 410 Gone or 404) is forgotten when a push
 * to it fails so; the person's other browsers keep theirs, and any other failure keeps the
 * subscription and fails the row (retried). Real PostgreSQL, the real dispatcher and sender, and a
 * push service over HTTPS on this machine ({@link LocalPushService}).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class GoneSubscriptionsTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);
    private final LocalPushService pushService = LocalPushService.get();

    @Test
    void aBrowserThePushServiceCallsGoneOrMissingIsForgottenAndTheOthersAreKept() {
        Person pat = Tokens.patient("Pat Gone");
        String id = UUID.randomUUID().toString();
        String gone = subscribe(pat, pushService.endpoint("gone", id));
        String missing = subscribe(pat, pushService.endpoint("missing", id));
        String alive = subscribe(pat, pushService.endpoint("alive", id));

        UUID row = pushRow(pat);

        await().atMost(DEADLINE).until(() -> status(row).equals("SENT"));
        for (String path : List.of("/gone/" + id, "/missing/" + id, "/alive/" + id)) {
            List<LocalPushService.Received> received = pushService.received(path);
            assertEquals(1, received.size(), "one push to " + path);
            assertEquals("aes128gcm", received.get(0).contentEncoding());
            assertTrue(
                    received.get(0).authorization().startsWith("vapid t="),
                    received.get(0).authorization());
        }
        assertEquals(List.of(alive), subscriptions(pat), "only the browser still subscribed is kept");
        assertEquals(
                0, Fixtures.count("select count(*) from push_subscription where endpoint in (?1, ?2)", gone, missing));
    }

    @Test
    void aGoneBrowserIsForgottenEvenWhenAnotherBrowserFailsAndTheFailingOneIsKeptForTheRetry() {
        Person pat = Tokens.patient("Pat Broken");
        String id = UUID.randomUUID().toString();
        String gone = subscribe(pat, pushService.endpoint("gone", id));
        String broken = subscribe(pat, pushService.endpoint("broken", id));

        UUID row = pushRow(pat);

        await().atMost(DEADLINE)
                .until(() -> Fixtures.count(
                                "select count(*) from notification where id = ?1 and attempts = 1 and status = 'PENDING'"
                                        + " and last_error like '%answered 500%'",
                                row)
                        == 1);
        assertEquals(List.of(broken), subscriptions(pat));
        assertEquals(0, Fixtures.count("select count(*) from push_subscription where endpoint = ?1", gone));
    }

    private static String subscribe(Person person, String endpoint) {
        as(person)
                .body(TestBrowser.create().subscription(endpoint))
                .post("/api/v1/notifications/push/subscriptions")
                .then()
                .statusCode(201);
        return endpoint;
    }

    /** A push notification for {@code person}, due now, as the outbox writes one. */
    private static UUID pushRow(Person person) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().minusSeconds(1);
        Fixtures.sql("""
                insert into notification (id, recipient_subject, channel, topic, link, dedupe_key, status,
                                          next_attempt_at, created_at)
                values (?1, ?2, 'PUSH', 'NEW_MESSAGE', '/messages', ?3, 'PENDING', ?4, ?4)""", id, person.subject(), "gone-test:" + id, now);
        return id;
    }

    private static String status(UUID row) {
        return Fixtures.count("select count(*) from notification where id = ?1 and status = 'SENT'", row) == 1
                ? "SENT"
                : "NOT SENT";
    }

    private static List<String> subscriptions(Person person) {
        return as(person)
                .get("/api/v1/notifications/push/subscriptions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("endpoint", String.class);
    }
}
