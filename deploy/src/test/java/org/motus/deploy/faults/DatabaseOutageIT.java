package org.motus.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motus.deploy.assembly.Assembly;
import org.motus.deploy.assembly.Layout;
import org.motus.deploy.system.DemoUser;
import org.motus.deploy.system.Http;
import org.motus.deploy.system.RunningMotus;
import org.motus.deploy.system.SignedIn;

/**
 * Issue 17, fault 2: PostgreSQL stops for 10 s while four browsers post check-ins. Every service
 * answers 503 problem details with {@code Retry-After} (never a 500, never slower than the
 * connection-acquisition timeout allows), its readiness goes DOWN and comes back UP, and once the
 * database is back every check-in is stored exactly once. Prints the figures.
 */
@ExtendWith(RunningMotus.class)
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final int WRITES_PER_CLIENT = 10;
    /** quarkus.datasource.jdbc.acquisition-timeout (3 s) plus room for a busy 2-core machine. */
    private static final Duration SLOWEST_ALLOWED = Duration.ofSeconds(10);

    private static final HttpClient PROBE =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void servicesAnswer503WithRetryAfterWhileTheDatabaseIsDownAndLoseNothing(Assembly assembly) throws Exception {
        Layout layout = assembly.layout();
        String gateway = layout.gatewayUrl();
        Instant from = Instant.now().minusSeconds(60);
        String run = UUID.randomUUID().toString().substring(0, 8);
        SignedIn patReader = SignedIn.as(DemoUser.PAT, layout);
        SignedIn paulaReader = SignedIn.as(DemoUser.PAULA, layout);
        Figures figures = new Figures();
        List<OutboxClient> clients = List.of(
                client("pat-1", DemoUser.PAT, PatientServiceKilledIT.PAT_RECORD, layout, run, figures),
                client("pat-2", DemoUser.PAT, PatientServiceKilledIT.PAT_RECORD, layout, run, figures),
                client("paula-1", DemoUser.PAULA, PatientServiceKilledIT.PAULA_RECORD, layout, run, figures),
                client("paula-2", DemoUser.PAULA, PatientServiceKilledIT.PAULA_RECORD, layout, run, figures));
        Map<String, URI> readiness = new LinkedHashMap<>();
        readiness.put("patient-service", URI.create(layout.patientServiceUrl() + "/q/health/ready"));
        readiness.put("therapist-service", URI.create(layout.therapistServiceUrl() + "/q/health/ready"));
        readiness.put("session-gateway", URI.create(gateway + "/q/health/ready"));

        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<OutboxClient.Delivery> deliveries = new ArrayList<>();
        Map<String, Boolean> wentDown = new LinkedHashMap<>();
        SignedIn adam = SignedIn.as(DemoUser.ADAM, layout);
        Instant outageFrom;
        Instant outageTo;
        HttpResponse<String> readDuringOutage;
        long readMillis;
        Duration backUp;
        try {
            List<Future<List<OutboxClient.Delivery>>> running = new ArrayList<>();
            clients.forEach(client -> running.add(pool.submit(client)));
            Deadline.await(
                    "the clients' first check-ins are acknowledged",
                    Duration.ofSeconds(60),
                    () -> figures.acknowledged() >= 4,
                    () -> figures.report("database", 0, 0, 0));
            long stoppedAt = System.nanoTime();
            outageFrom = Instant.now();
            try {
                assembly.stopPostgres();
                readiness.keySet().forEach(service -> wentDown.put(service, false));
                // The outage lasts OUTAGE; meanwhile each service's readiness is watched.
                while (System.nanoTime() - stoppedAt < OUTAGE.toNanos()) {
                    readiness.forEach((service, uri) -> {
                        if (status(uri) == 503) {
                            wentDown.put(service, true);
                        }
                    });
                    Deadline.pause(Duration.ofMillis(250));
                }
                long r0 = System.nanoTime();
                readDuringOutage = patReader.api(
                        "GET",
                        gateway + "/api/v1/patients/" + PatientServiceKilledIT.PAT_RECORD + "/check-ins?from="
                                + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8),
                        null);
                readMillis = (System.nanoTime() - r0) / 1_000_000;
            } finally {
                outageTo = Instant.now();
                assembly.startPostgresAgain();
            }
            long restartedAt = System.nanoTime();
            readiness.forEach((service, uri) -> Deadline.await(
                    service + " is ready again",
                    Duration.ofSeconds(60),
                    () -> status(uri) == 200,
                    () -> "HTTP " + status(uri)));
            backUp = Duration.ofNanos(System.nanoTime() - restartedAt);
            for (Future<List<OutboxClient.Delivery>> client : running) {
                deliveries.addAll(client.get(3, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        int stored = 0;
        int duplicates = 0;
        for (Map.Entry<String, SignedIn> patient : Map.of(
                        PatientServiceKilledIT.PAT_RECORD, patReader, PatientServiceKilledIT.PAULA_RECORD, paulaReader)
                .entrySet()) {
            Map<String, Integer> counts = OutboxClient.stored(patient.getValue(), gateway, patient.getKey(), from, run);
            stored += counts.values().stream().mapToInt(Integer::intValue).sum();
            duplicates += counts.values().stream().mapToInt(count -> count - 1).sum();
        }
        long failed =
                deliveries.stream().filter(delivery -> !delivery.succeeded()).count();
        System.out.println(figures.report(
                        "PostgreSQL down " + OUTAGE.toSeconds() + " s", deliveries.size(), stored, duplicates)
                + " readiness DOWN " + wentDown + ", all ready " + backUp.toMillis() + " ms after the restart;"
                + " a read during the outage: HTTP " + readDuringOutage.statusCode() + " in " + readMillis + " ms");

        // The refused read's audit row could not be written during the outage: it is held and written
        // (with its own time) once the database is back, never lost (issue 17 item 5).
        String auditQuery = gateway + "/api/v1/patients/audit-events?patientId=" + PatientServiceKilledIT.PAT_RECORD
                + "&action=READ_CHECK_INS&limit=200&from="
                + URLEncoder.encode(outageFrom.toString(), StandardCharsets.UTF_8) + "&to="
                + URLEncoder.encode(outageTo.plusSeconds(1).toString(), StandardCharsets.UTF_8);
        Deadline.await(
                "the audit row of the read refused during the outage is written",
                Duration.ofSeconds(60),
                () -> {
                    HttpResponse<String> trail = adam.api("GET", auditQuery, null);
                    return trail.statusCode() == 200 && trail.body().contains("\"FAILED\"");
                },
                () -> Http.describe(adam.api("GET", auditQuery, null)));
        System.out.println("[database-outage] audit rows of the outage written after it: "
                + Http.json(adam.api("GET", auditQuery, null)).path("items").size() + " READ_CHECK_INS row(s)");

        assertEquals(503, readDuringOutage.statusCode(), () -> Http.describe(readDuringOutage));
        assertTrue(
                readDuringOutage.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                () -> Http.describe(readDuringOutage));
        assertTrue(
                readDuringOutage.headers().firstValue("Retry-After").isPresent(),
                () -> Http.describe(readDuringOutage));
        wentDown.forEach((service, down) -> assertTrue(down, service + " stayed ready without its database"));
        assertTrue(figures.errorCount("503") > 0, () -> "no client saw the outage: " + figures.errors());
        assertEquals(0, figures.retryAfterMissing(), "every 503 carries Retry-After");
        assertEquals(
                figures.errorCount("503") + figures.errorCount("429"),
                figures.errors().values().stream().mapToInt(Integer::intValue).sum(),
                () -> "only 503 (and the write limit's 429) while the database is down: " + figures.errors());
        assertTrue(
                figures.slowestMillis() < SLOWEST_ALLOWED.toMillis(),
                () -> "an answer took " + figures.slowestMillis() + " ms");
        assertEquals(clients.size() * WRITES_PER_CLIENT, deliveries.size());
        assertEquals(0, failed, () -> "writes that never succeeded: " + deliveries);
        assertEquals(deliveries.size(), stored, "every write stored once the database is back");
        assertEquals(0, duplicates, "no write stored twice");
    }

    private static int status(URI uri) {
        try {
            return PROBE.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(8))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OutboxClient client(
            String name, DemoUser user, String patient, Layout layout, String run, Figures figures) {
        return new OutboxClient(
                name,
                SignedIn.as(user, layout),
                layout.gatewayUrl(),
                patient,
                WRITES_PER_CLIENT,
                run,
                figures,
                Duration.ofMinutes(2));
    }
}
