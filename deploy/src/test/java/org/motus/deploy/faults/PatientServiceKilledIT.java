package org.motus.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.motus.deploy.system.DemoUser;
import org.motus.deploy.system.RunningMotus;
import org.motus.deploy.system.SignedIn;

/**
 * Issue 17, fault 1: patient-service dies (SIGKILL, no shutdown) while four signed-in browsers
 * post check-ins through the gateway, each with its Idempotency-Key, retrying as the web outbox
 * does. After the restart every check-in is stored exactly once and every client's writes end in
 * success. Prints the figures.
 */
@ExtendWith(RunningMotus.class)
class PatientServiceKilledIT {

    static final String PAT_RECORD = "0a7e0000-0000-4000-8000-000000000002";
    static final String PAULA_RECORD = "0a7e0000-0000-4000-8000-000000000003";
    private static final int WRITES_PER_CLIENT = 12;
    private static final String SERVICE = "patient-service";

    @Test
    void everyAcknowledgedCheckInIsStoredExactlyOnceAfterAKillAndRestart(Assembly assembly) throws Exception {
        String gateway = assembly.layout().gatewayUrl();
        Instant from = Instant.now().minusSeconds(60);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, SignedIn> readers = Map.of(
                PAT_RECORD, SignedIn.as(DemoUser.PAT, assembly.layout()),
                PAULA_RECORD, SignedIn.as(DemoUser.PAULA, assembly.layout()));
        Figures figures = new Figures();
        List<OutboxClient> clients = List.of(
                client("pat-1", DemoUser.PAT, PAT_RECORD, assembly, run, figures),
                client("pat-2", DemoUser.PAT, PAT_RECORD, assembly, run, figures),
                client("paula-1", DemoUser.PAULA, PAULA_RECORD, assembly, run, figures),
                client("paula-2", DemoUser.PAULA, PAULA_RECORD, assembly, run, figures));

        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        List<OutboxClient.Delivery> deliveries = new ArrayList<>();
        Duration down;
        try {
            List<Future<List<OutboxClient.Delivery>>> running = new ArrayList<>();
            clients.forEach(client -> running.add(pool.submit(client)));
            Deadline.await(
                    "the clients' first check-ins are acknowledged",
                    Duration.ofSeconds(60),
                    () -> figures.acknowledged() >= 6,
                    () -> figures.report("kill", 0, 0, 0));
            long t0 = System.nanoTime();
            try {
                assembly.kill(SERVICE);
            } finally {
                assembly.restart(SERVICE);
            }
            down = Duration.ofNanos(System.nanoTime() - t0);
            for (Future<List<OutboxClient.Delivery>> client : running) {
                deliveries.addAll(client.get(3, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
            if (!assembly.process(SERVICE).isAlive()) {
                assembly.restart(SERVICE);
            }
        }

        int stored = 0;
        int duplicates = 0;
        int missing = 0;
        for (String patient : List.of(PAT_RECORD, PAULA_RECORD)) {
            Map<String, Integer> counts = OutboxClient.stored(readers.get(patient), gateway, patient, from, run);
            stored += counts.values().stream().mapToInt(Integer::intValue).sum();
            duplicates += counts.values().stream().mapToInt(count -> count - 1).sum();
        }
        for (OutboxClient.Delivery delivery : deliveries) {
            if (!delivery.succeeded()) {
                missing++;
            }
        }
        System.out.println(figures.report("patient-service kill -9", deliveries.size(), stored, duplicates)
                + " patient-service down and back in " + down.toMillis() + " ms");

        assertEquals(clients.size() * WRITES_PER_CLIENT, deliveries.size());
        assertEquals(0, missing, () -> "writes that never succeeded: " + deliveries);
        assertEquals(deliveries.size(), stored, "every write stored");
        assertEquals(0, duplicates, "no write stored twice");
        assertTrue(
                figures.requests() > deliveries.size(),
                () -> "the kill was not noticed by any client: " + figures.report("kill", 0, 0, 0));
        assertEquals(0, figures.errorCount("500"), () -> "a 500 answer: " + figures.errors());
        // The gateway stays up: a call in flight at the kill gets its 503, never silence until the
        // client's own timeout (these clients speak HTTP/2 cleartext, as Java's HttpClient does).
        assertEquals(
                0, figures.errorCount(Figures.NO_ANSWER), () -> "a call left without an answer: " + figures.errors());
        assertEquals(0, figures.retryAfterMissing(), "every 503 carries Retry-After");
    }

    private static OutboxClient client(
            String name, DemoUser user, String patient, Assembly assembly, String run, Figures figures) {
        SignedIn person = SignedIn.as(user, assembly.layout());
        return new OutboxClient(
                name,
                person,
                assembly.layout().gatewayUrl(),
                patient,
                WRITES_PER_CLIENT,
                run,
                figures,
                Duration.ofMinutes(2));
    }
}
