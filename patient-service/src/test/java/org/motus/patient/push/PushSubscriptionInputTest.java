package org.motus.patient.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.motus.patient.testing.Fixtures.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.patient.notification.MailServerTestResource;
import org.motus.patient.testing.Fixtures;
import org.motus.patient.testing.Tokens;
import org.motus.patient.testing.Tokens.Person;

/** Every kind of bad PushSubscription body: a 400 problem, and nothing stored. Add a row per case. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(MailServerTestResource.class)
class PushSubscriptionInputTest {

    private static final String ENDPOINT = "https://push.example.net/send/input";

    static Stream<Arguments> badBodies() {
        TestBrowser browser = TestBrowser.create();
        Map<String, Object> good = browser.subscription(ENDPOINT);
        byte[] offCurve = new byte[65];
        offCurve[0] = 4;
        java.util.Arrays.fill(offCurve, 1, 65, (byte) 9);
        return Stream.of(
                Arguments.of("no endpoint", without(good, "endpoint")),
                Arguments.of("a plain http endpoint", with(good, "endpoint", "http://push.example.net/send/x")),
                Arguments.of("an endpoint that is not a URL", with(good, "endpoint", "https://has spaces/x")),
                Arguments.of(
                        "an endpoint longer than 2000",
                        with(good, "endpoint", "https://p.example/" + "x".repeat(2000))),
                Arguments.of("an endpoint that is a number", with(good, "endpoint", 42)),
                Arguments.of("no keys", without(good, "keys")),
                Arguments.of("keys null", with(good, "keys", null)),
                Arguments.of("no p256dh", with(good, "keys", Map.of("auth", browser.auth()))),
                Arguments.of("no auth", with(good, "keys", Map.of("p256dh", browser.p256dh()))),
                Arguments.of("a short p256dh", with(good, "keys", Map.of("p256dh", "BAAA", "auth", browser.auth()))),
                Arguments.of(
                        "a p256dh off the curve",
                        with(
                                good,
                                "keys",
                                Map.of(
                                        "p256dh",
                                        Base64.getUrlEncoder().withoutPadding().encodeToString(offCurve),
                                        "auth",
                                        browser.auth()))),
                Arguments.of(
                        "a p256dh in standard base64",
                        with(
                                good,
                                "keys",
                                Map.of(
                                        "p256dh",
                                        browser.p256dh().replace('-', '+').replace('_', '/') + "+/",
                                        "auth",
                                        browser.auth()))),
                Arguments.of(
                        "an auth of 15 bytes",
                        with(good, "keys", Map.of("p256dh", browser.p256dh(), "auth", "AAAAAAAAAAAAAAAAAAAA"))),
                Arguments.of("an unknown field", with(good, "topic", "x")),
                Arguments.of(
                        "an unknown key field",
                        with(good, "keys", Map.of("p256dh", browser.p256dh(), "auth", browser.auth(), "x", "y"))),
                Arguments.of("an expirationTime that is text", with(good, "expirationTime", "tomorrow")),
                Arguments.of("a list", List.of(good)),
                Arguments.of("not JSON", "{\"endpoint\":"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadSubscriptionIsA400AndStoresNothing(String name, Object body) {
        Person pat = Tokens.patient("Pat Input");
        as(pat).body(body)
                .post("/api/v1/notifications/push/subscriptions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, Fixtures.count("select count(*) from push_subscription where subject = ?1", pat.subject()));
    }

    @org.junit.jupiter.api.Test
    void aPersonKeepsTheNewestBrowsersOnlySoTheListStaysSmall() {
        Person pat = Tokens.patient("Pat Many Browsers");
        TestBrowser browser = TestBrowser.create();
        int subscribed = PushSubscriptions.MAX_PER_PERSON + 3;
        for (int i = 0; i < subscribed; i++) {
            as(pat).body(browser.subscription("https://push.example.net/send/many-" + i))
                    .post("/api/v1/notifications/push/subscriptions")
                    .then()
                    .statusCode(org.hamcrest.Matchers.lessThan(300));
        }
        List<String> endpoints = as(pat).get("/api/v1/notifications/push/subscriptions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("endpoint", String.class);
        assertEquals(PushSubscriptions.MAX_PER_PERSON, endpoints.size(), endpoints::toString);
        assertEquals(
                false,
                endpoints.contains("https://push.example.net/send/many-0"),
                "the oldest browser is the one dropped: " + endpoints);
        assertEquals(true, endpoints.contains("https://push.example.net/send/many-" + (subscribed - 1)));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }
}
