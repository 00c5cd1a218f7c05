package org.motus.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.motus.deploy.assembly.Artifacts;
import org.motus.deploy.assembly.Assembly;
import org.motus.deploy.assembly.AssemblyException;
import org.motus.deploy.assembly.ChildProcess;
import org.motus.deploy.assembly.Layout;

/**
 * The supervisor process behind {@code ./motus}: {@code up} starts the {@link Assembly} with the
 * standard layout, writes {@code run/ready} (or {@code run/failed}) in the Motus home, and keeps
 * running until it gets SIGTERM, when a shutdown hook stops everything it started.
 * {@code status} reports what answers on the standard ports; {@code totp} prints the one-time codes
 * the demo therapists and admins sign in with (their authenticator's secret is in the demo realm);
 * {@code service-jvm} prints the JVM flags and class-data archive a service gets (for bench/start-time).
 *
 * <pre>
 * java -jar deploy/target/motus-launcher.jar up     [--home .motus] [--repository .]
 * java -jar deploy/target/motus-launcher.jar status [--home .motus]
 * java -jar deploy/target/motus-launcher.jar totp   [--repository .]
 * java -jar deploy/target/motus-launcher.jar service-jvm --service patient-service [--home .motus] [--repository .]
 * </pre>
 */
public final class Launcher {

    public static final String READY_MARKER = "ready";
    public static final String FAILED_MARKER = "failed";
    /** The supervisor's pid ({@code ./motus} writes it too, right after starting it). */
    public static final String PID_FILE = "launcher.pid";

    private final PrintStream out;

    private Launcher(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        Deque<String> arguments = new ArrayDeque<>(java.util.List.of(args));
        String command = arguments.isEmpty() ? "help" : arguments.pop();
        Path repository = Path.of("").toAbsolutePath();
        Path home = null;
        String service = null;
        while (!arguments.isEmpty()) {
            String option = arguments.pop();
            if (arguments.isEmpty()) {
                usage("missing value for " + option);
            }
            switch (option) {
                case "--home" -> home = Path.of(arguments.pop());
                case "--repository" -> repository = Path.of(arguments.pop()).toAbsolutePath();
                case "--service" -> service = arguments.pop();
                default -> usage("unknown option " + option);
            }
        }
        Layout layout = Layout.standard(home != null ? home : repository.resolve(".motus"));
        Launcher launcher = new Launcher(System.out);
        switch (command) {
            case "up" -> launcher.up(layout, Artifacts.inRepository(repository));
            case "status" -> System.exit(launcher.status(layout) ? 0 : 3);
            case "totp" -> launcher.totp(Artifacts.inRepository(repository));
            case "service-jvm" -> launcher.serviceJvm(layout, Artifacts.inRepository(repository), service);
            default -> usage(null);
        }
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println("motus-launcher: " + problem);
        }
        System.err.println(
                "usage: java -jar motus-launcher.jar up|status|totp|service-jvm [--home DIR] [--repository DIR]"
                        + " [--service NAME]");
        System.exit(2);
    }

    private void say(String line) {
        out.println("[motus] " + line);
        out.flush();
    }

    /** Starts Motus and supervises it until SIGTERM (or Ctrl-C). */
    private void up(Layout layout, Artifacts artifacts) {
        Path ready = layout.run().resolve(READY_MARKER);
        Path failed = layout.run().resolve(FAILED_MARKER);
        Path pidFile = layout.run().resolve(PID_FILE);
        deleteQuietly(ready);
        deleteQuietly(failed);
        otherSupervisor(pidFile).ifPresent(pid -> {
            say("FAILED: Motus is already running from " + layout.home() + " (supervisor pid " + pid + ").");
            write(failed, "already running");
            System.exit(1);
        });
        for (String leftover : Assembly.stopLeftovers(layout)) {
            say("Stopped " + leftover + ", left running by an earlier run that did not stop cleanly");
        }
        write(pidFile, ProcessHandle.current().pid() + "\n");
        Assembly assembly = new Assembly(layout, artifacts, this::say);
        AtomicBoolean startFailed = new AtomicBoolean();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            if (startFailed.get()) {
                                return;
                            }
                            deleteQuietly(ready);
                            say("Stopping Motus...");
                            assembly.stop();
                            deleteQuietly(pidFile);
                            say("Motus stopped.");
                        },
                        "motus-stop"));
        try {
            assembly.start();
        } catch (AssemblyException e) {
            startFailed.set(true);
            say("FAILED: " + e.getMessage());
            say("Logs: " + layout.logs());
            write(failed, e.getMessage());
            deleteQuietly(pidFile);
            System.exit(1);
        }
        for (ChildProcess process : assembly.processes()) {
            process.onExit().thenRun(() -> {
                if (!process.isStopping()) {
                    say("WARNING: " + process.name() + " exited unexpectedly (code " + process.exitValue() + "); see "
                            + process.log() + ". Restart with ./motus down && ./motus up");
                }
            });
        }
        write(ready, layout.gatewayUrl() + "\n");
        try {
            new CountDownLatch(1).await(); // until SIGTERM runs the shutdown hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What {@code up} runs a service with, for scripts that start it alone (bench/start-time): the
     * line {@code options ...} (its JVM flags), {@code environment NAME=VALUE ...} (what its JVM gets
     * in its environment) and {@code archive <file>} (its class-data archive for the current build,
     * which may not exist yet).
     */
    private void serviceJvm(Layout layout, Artifacts artifacts, String service) {
        if (service == null || !Artifacts.SERVICES.contains(service)) {
            usage("service-jvm needs --service, one of " + Artifacts.SERVICES);
        }
        out.println("options " + String.join(" ", Assembly.serviceJvmOptions()));
        out.println("environment "
                + Assembly.serviceJvmEnvironment().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .sorted()
                        .collect(java.util.stream.Collectors.joining(" ")));
        out.println("archive "
                + Assembly.classDataArchive(layout, artifacts, service).file());
    }

    /** A live supervisor other than this one, from the pid file. */
    private static java.util.Optional<Long> otherSupervisor(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return java.util.Optional.empty();
            }
            String pid = Files.readString(pidFile).strip();
            if (!pid.matches("\\d{1,10}")
                    || Long.parseLong(pid) == ProcessHandle.current().pid()) {
                return java.util.Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(pid))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine().orElse("").contains("motus-launcher"))
                    .map(ProcessHandle::pid);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The current one-time code of every demo user enrolled in TOTP (deploy/keycloak/motus-realm-demo.json),
     * as an authenticator app given the same secret would show it.
     */
    private void totp(Artifacts artifacts) {
        Instant now = Instant.now();
        try {
            JsonNode overlay =
                    new ObjectMapper().readTree(artifacts.demoRealmOverlay().toFile());
            for (JsonNode user : overlay.path("users")) {
                for (JsonNode credential : user.path("credentials")) {
                    if ("otp".equals(credential.path("type").asText())) {
                        String secret = new ObjectMapper()
                                .readTree(credential.path("secretData").asText())
                                .path("value")
                                .asText();
                        out.printf(
                                "  %-8s %s   (secret %s, DEMO-ONLY)%n",
                                user.path("username").asText(),
                                Totp.fromBase32(secret).code(now),
                                secret);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + artifacts.demoRealmOverlay(), e);
        }
        out.println("Valid for " + Totp.remaining(now).toSeconds()
                + " s more (then the next code; the one before is accepted too).");
    }

    /** Prints what answers on the layout's ports; true when everything is up. */
    private boolean status(Layout layout) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        boolean allUp = true;
        boolean postgres = listens(layout.postgresPort());
        out.printf("  %-18s %-32s %s%n", "PostgreSQL", "localhost:" + layout.postgresPort(), postgres ? "up" : "down");
        allUp &= postgres;
        Map<String, String[]> checks = new java.util.LinkedHashMap<>();
        checks.put("GreenMail (mail)", new String[] {
            "smtp localhost:" + layout.smtpPort() + ", " + layout.mailApiUrl(),
            "http://127.0.0.1:" + layout.mailApiPort() + "/api/service/readiness"
        });
        checks.put("Keycloak", new String[] {
            layout.keycloakUrl(), "http://127.0.0.1:" + layout.keycloakManagementPort() + "/health/ready"
        });
        checks.put(
                "patient-service",
                new String[] {layout.patientServiceUrl(), layout.patientServiceUrl() + "/q/health/ready"});
        checks.put(
                "therapist-service",
                new String[] {layout.therapistServiceUrl(), layout.therapistServiceUrl() + "/q/health/ready"});
        checks.put("session-gateway", new String[] {layout.gatewayUrl(), layout.gatewayUrl() + "/q/health/ready"});
        for (Map.Entry<String, String[]> check : checks.entrySet()) {
            String state;
            try {
                int status = client.send(
                                HttpRequest.newBuilder(URI.create(check.getValue()[1]))
                                        .timeout(Duration.ofSeconds(3))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                state = status == 200 ? "up" : "not ready (HTTP " + status + ")";
            } catch (IOException e) {
                state = "down";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                state = "unknown";
            }
            allUp &= state.equals("up");
            out.printf("  %-18s %-32s %s%n", check.getKey(), check.getValue()[0], state);
        }
        return allUp;
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale marker is overwritten later anyway
        }
    }
}
