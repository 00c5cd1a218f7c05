package org.motus.deploy.assembly;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Polls a health endpoint until it answers 200, the process dies, or the deadline passes. */
final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Readiness() {}

    static void await(ChildProcess process, URI health, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (true) {
            if (!process.isAlive()) {
                throw new AssemblyException(process.name() + " exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + process.log() + ":"
                        + System.lineSeparator() + process.tail(40));
            }
            try {
                HttpResponse<String> response = CLIENT.send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(3))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + abbreviate(response.body());
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssemblyException("Interrupted while waiting for " + process.name());
            }
            if (System.nanoTime() > deadline) {
                throw new AssemblyException(process.name() + " was not ready within " + timeout.toSeconds() + " s ("
                        + health + ": " + last + "). Last lines of " + process.log() + ":"
                        + System.lineSeparator() + process.tail(40));
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssemblyException("Interrupted while waiting for " + process.name());
            }
        }
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
