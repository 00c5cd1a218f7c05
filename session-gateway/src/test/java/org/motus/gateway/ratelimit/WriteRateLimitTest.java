package org.motus.gateway.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motus.gateway.security.CsrfRule;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeService;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.localpostgres.PostgresTestResource;

/**
 * One person's writes beyond the limit get 429 problem details with Retry-After and never reach a
 * service; reads and other people are unaffected. The flood prints the other person's latency with
 * and without it (a ratio, not a timed assertion).
 */
@QuarkusTest
@TestProfile(WriteRateLimitTest.SmallLimits.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class WriteRateLimitTest {

    /** The gateway's own answer, so the figures are the gateway's, not a stand-in service's. */
    private static final String ME = "/api/v1/me";

    /** Five writes at once, then one a minute: a test run never sees a second token. */
    private static final int BURST = 5;

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "motus.gateway.write-limit.burst",
                    Integer.toString(BURST),
                    "motus.gateway.write-limit.per-minute",
                    "1");
        }
    }

    @OidcWireMock
    WireMockServer oidc;

    private final FakeService patients = FakeServicesResource.patientService();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void forget() {
        patients.forget();
    }

    @Test
    void writesBeyondTheBurstAreRefusedWithRetryAfterAndNeverForwarded() {
        BrowserSession pat = BrowserSession.signIn(oidc, Person.patient("pat-burst", "Pat", "Burst"));
        long started = System.nanoTime();
        for (int write = 1; write <= BURST; write++) {
            assertThat(
                    "write " + write, post(pat, "/api/v1/patients/me/check-ins").statusCode(), equalTo(200));
        }

        HttpResponse<String> refused = post(pat, "/api/v1/patients/me/check-ins");

        assertThat(refused.statusCode(), equalTo(429));
        assertThat(refused.headers().firstValue("Content-Type").orElse(""), equalTo("application/problem+json"));
        assertThat(refused.body(), containsString("urn:motus:problem:too-many-requests"));
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat("one a minute", retryAfter, lessThanOrEqualTo(60L));
        assertThat(retryAfter, greaterThanOrEqualTo(1L));
        long forwarded = patients.received().stream()
                .filter(call -> call.method().equals("POST"))
                .count();
        assertThat(forwarded, lessThanOrEqualTo(BURST + minutesSince(started)));
        assertThat(forwarded, greaterThanOrEqualTo((long) BURST));
    }

    @Test
    void everyWriteMethodCountsAndReadsAreNotLimited() {
        BrowserSession pat = BrowserSession.signIn(oidc, Person.patient("pat-methods", "Pat", "Methods"));
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE", "POST")) {
            assertThat(method, send(pat, method, "/api/v1/patients/me/goals").statusCode(), equalTo(200));
        }
        assertThat(send(pat, "PUT", "/api/v1/patients/me/goals").statusCode(), equalTo(429));

        for (int read = 0; read < 3 * BURST; read++) {
            assertThat(pat.get("/api/v1/patients/me").statusCode(), equalTo(200));
        }
    }

    @Test
    void oneFloodingPersonLeavesTheOthersWritesAndLatencyAlone() throws Exception {
        BrowserSession flooder = BrowserSession.signIn(oidc, Person.patient("pat-flood", "Pat", "Flood"));
        BrowserSession tess = BrowserSession.signIn(oidc, Person.therapist("tess-calm", "Tess", "Calm"));
        int samples = 300;
        for (int warmUp = 0; warmUp < 100; warmUp++) {
            tess.get(ME);
        }
        long[] quiet = latencies(tess, samples);

        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> floods = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            floods.add(pool.submit(() -> {
                while (flooding.get() || sent.get() < 50 * BURST) {
                    int status = post(flooder, "/api/v1/patients/me/check-ins").statusCode();
                    sent.incrementAndGet();
                    byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                }
            }));
        }
        long[] flooded;
        try {
            flooded = latencies(tess, samples);
            for (int write = 1; write <= BURST; write++) {
                assertThat(
                        "tess's own write " + write + " during the flood",
                        post(tess, "/api/v1/patients/me/check-ins").statusCode(),
                        equalTo(200));
            }
        } finally {
            flooding.set(false);
            for (Future<?> flood : floods) {
                flood.get();
            }
            pool.shutdown();
        }

        assertThat("the flood was at least 50 times the burst", sent.get(), greaterThanOrEqualTo(50 * BURST));
        int accepted = byStatus.getOrDefault(200, new AtomicInteger()).get();
        assertThat("only the flooder's burst got through", accepted, lessThanOrEqualTo(BURST + 1));
        assertThat(
                "everything else was 429",
                byStatus.getOrDefault(429, new AtomicInteger()).get(),
                equalTo(sent.get() - accepted));
        System.out.printf(
                "write flood: flooder sent %d writes (%d accepted, %s by status); tess's GET /api/v1/me latency p50 %.2f -> %.2f ms"
                        + " (ratio %.2f), p99 %.2f -> %.2f ms (ratio %.2f) over %d requests each%n",
                sent.get(),
                accepted,
                byStatus,
                millis(percentile(quiet, 50)),
                millis(percentile(flooded, 50)),
                (double) percentile(flooded, 50) / percentile(quiet, 50),
                millis(percentile(quiet, 99)),
                millis(percentile(flooded, 99)),
                (double) percentile(flooded, 99) / percentile(quiet, 99),
                samples);
    }

    private long[] latencies(BrowserSession who, int samples) {
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            int status = who.get(ME).statusCode();
            nanos[i] = System.nanoTime() - start;
            assertThat(status, equalTo(200));
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long percentile(long[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static long minutesSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMinutes() + 1;
    }

    HttpResponse<String> post(BrowserSession who, String path) {
        return send(who, "POST", path);
    }

    private HttpResponse<String> send(BrowserSession who, String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .method(method, HttpRequest.BodyPublishers.ofString("{}"))
                .header("Cookie", who.cookieHeader())
                .header("Content-Type", "application/json")
                .header(CsrfRule.HEADER, CsrfRule.VALUE)
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed", e);
        }
    }
}
