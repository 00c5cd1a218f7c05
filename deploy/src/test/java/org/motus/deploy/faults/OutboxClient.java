package org.motus.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.motus.deploy.system.Http;
import org.motus.deploy.system.SignedIn;

/**
 * One browser's offline outbox (web/src/patient/offline/outbox.ts), reduced to what the fault
 * suite needs: check-ins sent one after the other through the gateway, each with its own
 * Idempotency-Key, every try of a write with the same key; no answer, 5xx, 408, 429 and 401 are
 * tried again after a backoff, a 2xx or any other 4xx ends the write. The backoff is the outbox's
 * (2 s, doubling) capped at 8 s instead of 60 s so a scenario stays short; every write has a
 * deadline, so a client never loops forever.
 */
final class OutboxClient implements Callable<List<OutboxClient.Delivery>> {

    /** How one write ended: the last status (0: no answer before the deadline) and how many tries it took. */
    record Delivery(String key, String note, int status, int attempts) {
        boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

    private final String name;
    private final SignedIn person;
    private final String checkInsUrl;
    private final int writes;
    private final String run;
    private final Figures figures;
    private final Duration perWriteDeadline;

    OutboxClient(
            String name,
            SignedIn person,
            String gatewayUrl,
            String patientId,
            int writes,
            String run,
            Figures figures,
            Duration perWriteDeadline) {
        this.name = name;
        this.person = person;
        this.checkInsUrl = gatewayUrl + "/api/v1/patients/" + patientId + "/check-ins";
        this.writes = writes;
        this.run = run;
        this.figures = figures;
        this.perWriteDeadline = perWriteDeadline;
    }

    @Override
    public List<Delivery> call() {
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < writes; i++) {
            String note = "fault-suite " + run + " " + name + " #" + i;
            String body = Http.JSON
                    .createObjectNode()
                    .put("kind", "DAILY")
                    .put("pain", i % 11)
                    .put("note", note)
                    .set("redFlags", Http.JSON.createArrayNode())
                    .toString();
            deliveries.add(deliver(UUID.randomUUID().toString(), note, body));
        }
        return deliveries;
    }

    private Delivery deliver(String key, String note, String body) {
        long deadline = System.nanoTime() + perWriteDeadline.toNanos();
        int attempts = 0;
        int status = 0;
        while (System.nanoTime() < deadline) {
            attempts++;
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> answer = person.api("POST", checkInsUrl, body, Map.of("Idempotency-Key", key));
                status = answer.statusCode();
                figures.answered(
                        status,
                        (System.nanoTime() - t0) / 1_000_000,
                        answer.headers().firstValue("Retry-After").isPresent(),
                        answer.headers()
                                .firstValue("Idempotent-Replayed")
                                .map("true"::equals)
                                .orElse(false));
                if (!retryable(status)) {
                    return new Delivery(key, note, status, attempts);
                }
            } catch (UncheckedIOException e) {
                status = 0;
                figures.noAnswer((System.nanoTime() - t0) / 1_000_000);
            }
            // The outbox's backoff between tries of one write (not a wait for some state).
            Deadline.pause(backoff(attempts));
        }
        return new Delivery(key, note, status, attempts);
    }

    /** The outbox's isRetryable: no answer, 5xx, 408, 429 and 401. */
    static boolean retryable(int status) {
        return status == 0 || status >= 500 || status == 408 || status == 429 || status == 401;
    }

    /** 2 s, 4 s, 8 s, 8 s ... (the outbox: up to 60 s). */
    static Duration backoff(int attempts) {
        long millis = 2_000L << Math.min(10, Math.max(0, attempts - 1));
        return Duration.ofMillis(Math.min(MAX_BACKOFF.toMillis(), millis));
    }

    /** How often each of this run's notes is stored for the patient (read through the gateway). */
    static Map<String, Integer> stored(SignedIn reader, String gatewayUrl, String patientId, Instant from, String run) {
        String url = gatewayUrl + "/api/v1/patients/" + patientId + "/check-ins?from="
                + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8);
        HttpResponse<String> answer = reader.api("GET", url, null);
        if (answer.statusCode() != 200) {
            throw new AssertionError("Could not read the stored check-ins: " + Http.describe(answer));
        }
        Map<String, Integer> counts = new HashMap<>();
        JsonNode list = Http.json(answer);
        JsonNode items = list.isArray() ? list : list.path("items");
        for (JsonNode checkIn : items) {
            String note = checkIn.path("note").asText("");
            if (note.startsWith("fault-suite " + run + " ")) {
                counts.merge(note, 1, Integer::sum);
            }
        }
        return counts;
    }
}
