package org.motus.deploy.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.motus.localpostgres.LocalPostgres;

/**
 * The whole of Motus on one machine, as real processes: PostgreSQL 17 (in this JVM's care, data
 * kept in the home), Keycloak with the motus realm, patient-service, therapist-service and the
 * session gateway, each waited for until healthy. {@code ./motus up} and the system tests both
 * start Motus through this class; only the {@link Layout} differs.
 *
 * <p>Everything started is stopped by {@link #stop()} in reverse order, also when the start
 * fails half way.
 */
public final class Assembly implements AutoCloseable {

    public static final List<String> DATABASES = List.of("motus_patient", "motus_therapist", "motus_gateway");
    static final String SESSION_ENCRYPTION_SECRET = "session-encryption-secret";
    /** This home's Web Push VAPID key pair ({@link VapidKeys#stored()}). */
    static final String VAPID_KEYS = "web-push-vapid-keys";

    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration MAIL_SERVER_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Layout layout;
    private final Artifacts artifacts;
    private final Consumer<String> progress;
    private final Deque<Component> started = new ArrayDeque<>();
    private final List<ChildProcess> processes = new ArrayList<>();
    /** How each part was started (by its process name), so a fault test can start it again. */
    private final Map<String, Recipe> recipes = new LinkedHashMap<>();

    private volatile boolean stopping;
    private LocalPostgres postgres;
    private String gatewayClientSecret;
    private String accountsClientSecret;
    private String notifierClientSecret;
    private VapidKeys vapidKeys;
    private Duration keycloakStartTime;
    private Map<String, String> gatewayEnvironment;

    public Assembly(Layout layout, Artifacts artifacts, Consumer<String> progress) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Starts everything and returns once every part is healthy; on failure stops what it started and throws. */
    public static Assembly start(Layout layout, Artifacts artifacts, Consumer<String> progress) {
        Assembly assembly = new Assembly(layout, artifacts, progress);
        assembly.start();
        return assembly;
    }

    public void start() {
        long startedAt = System.nanoTime();
        try {
            progress.accept("Motus home: " + layout.home());
            Ports.requireFree(layout.ports());
            progress.accept("Ports free: "
                    + layout.ports().values().stream().map(String::valueOf).collect(Collectors.joining(" ")));
            artifacts.requirePresent();
            KeycloakServer keycloak = new KeycloakServer(layout, artifacts);
            Secrets secrets = new Secrets(layout.secrets());
            if (keycloak.hasStoredRealm() && !secrets.exists(KeycloakServer.GATEWAY_CLIENT_SECRET)) {
                throw new AssemblyException("Keycloak in " + keycloak.home() + " already stores the motus realm, but "
                        + layout.secrets().resolve(KeycloakServer.GATEWAY_CLIENT_SECRET) + " (the gateway client secret"
                        + " it was imported with) is missing. Restore that file, or delete "
                        + keycloak.home().resolve("data/h2")
                        + " so the realm is imported again with a new secret (demo users' changes are lost).");
            }
            gatewayClientSecret = secrets.readOrCreate(KeycloakServer.GATEWAY_CLIENT_SECRET, 32);
            accountsClientSecret = secrets.readOrCreate(KeycloakServer.ACCOUNTS_CLIENT_SECRET, 32);
            notifierClientSecret = secrets.readOrCreate(KeycloakServer.NOTIFIER_CLIENT_SECRET, 32);
            String adminPassword = secrets.readOrCreate(KeycloakServer.ADMIN_PASSWORD, 18);
            String sessionSecret = secrets.readOrCreate(SESSION_ENCRYPTION_SECRET, 32);
            vapidKeys = VapidKeys.parse(
                    secrets.readOrCreate(VAPID_KEYS, () -> VapidKeys.generate().stored()));
            Files.createDirectories(layout.logs());
            Files.createDirectories(layout.run());

            startPostgres();
            startMailServer();
            startKeycloak(keycloak, adminPassword);
            startServices(sessionSecret);
            progress.accept("Motus is ready in " + seconds(System.nanoTime() - startedAt) + ": " + layout.gatewayUrl());
        } catch (RuntimeException | IOException e) {
            stop();
            if (e instanceof AssemblyException assemblyException) {
                throw assemblyException;
            }
            throw new AssemblyException("Motus did not start: " + e.getMessage(), e);
        }
    }

    private void startPostgres() {
        checkNotStopping();
        // zonky logs PostgreSQL's output through SLF4J (slf4j-simple here): into its own log file.
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            System.setProperty(
                    "org.slf4j.simpleLogger.logFile",
                    layout.logs().resolve("postgres.log").toString());
        }
        progress.accept("PostgreSQL 17: starting on port " + layout.postgresPort() + " (data in "
                + layout.postgresData() + ")");
        long t0 = System.nanoTime();
        postgres = LocalPostgres.startPersistent(layout.postgresData(), layout.postgresPort());
        LocalPostgres server = postgres;
        // Closes the server running then (a fault test may have stopped and restarted it).
        register(new Component("PostgreSQL 17", this::closePostgres));
        DATABASES.forEach(server::ensureDatabase);
        progress.accept("PostgreSQL 17: ready in " + seconds(System.nanoTime() - t0) + " (databases "
                + String.join(", ", DATABASES) + ")");
    }

    private void startMailServer() {
        checkNotStopping();
        String name = "GreenMail " + artifacts.greenMailVersion();
        progress.accept(
                name + ": starting SMTP on localhost:" + layout.smtpPort() + ", mail API on " + layout.mailApiUrl());
        long t0 = System.nanoTime();
        MailServer mail = new MailServer(layout, artifacts);
        ChildProcess process = startProcess("greenmail", name, mail.command(), Map.of(), layout.home());
        recipes.put(
                "greenmail",
                new Recipe(
                        name,
                        () -> Launch.of(mail.command()),
                        Map.of(),
                        layout.home(),
                        mail.readiness(),
                        MAIL_SERVER_TIMEOUT));
        Readiness.await(process, mail.readiness(), MAIL_SERVER_TIMEOUT);
        progress.accept(name + ": ready in " + seconds(System.nanoTime() - t0) + " (sent mail: " + layout.mailApiUrl()
                + "/api/user/<email>/messages/)");
    }

    private void startKeycloak(KeycloakServer keycloak, String adminPassword) {
        checkNotStopping();
        String name = "Keycloak " + artifacts.keycloakVersion();
        if (!keycloak.isInstalled()) {
            progress.accept(name + ": unpacking " + artifacts.keycloakZip().getFileName() + " into " + keycloak.home()
                    + " (first run only)");
            keycloak.install();
        }
        if (keycloak.stageRealm()) {
            progress.accept(
                    name + ": WARNING: deploy/keycloak/motus-realm*.json changed since Keycloak imported the realm;"
                            + " it keeps the stored one (old demo passwords, policies). To import the new one: ./motus down, delete "
                            + keycloak.home().resolve("data/h2") + " (the demo users' changes are lost), ./motus up");
        }
        Map<String, String> environment =
                keycloak.environment(gatewayClientSecret, accountsClientSecret, notifierClientSecret, adminPassword);
        if (keycloak.needsBuild()) {
            buildKeycloak(keycloak, name, environment);
        }
        boolean firstStart = !keycloak.hasStoredRealm();
        progress.accept(name + ": starting on " + layout.keycloakUrl()
                + (firstStart ? " (first start: imports the motus realm)" : " (realm already stored)"));
        long t0 = System.nanoTime();
        ChildProcess process = startProcess("keycloak", name, keycloak.command(), environment, keycloak.home());
        recipes.put(
                "keycloak",
                new Recipe(
                        name,
                        () -> Launch.of(keycloak.command()),
                        Map.copyOf(environment),
                        keycloak.home(),
                        keycloak.health(),
                        KEYCLOAK_TIMEOUT));
        Readiness.await(process, keycloak.health(), KEYCLOAK_TIMEOUT);
        keycloakStartTime = Duration.ofNanos(System.nanoTime() - t0);
        progress.accept(
                name + ": ready in " + seconds(keycloakStartTime.toNanos()) + " (issuer " + layout.issuer() + ")");
    }

    /**
     * {@code kc.sh build} with Motus's build options, once per Keycloak version and options (a stamp
     * in the home remembers them), so every start can skip Keycloak's own build step. Its output
     * goes to logs/keycloak-build.log.
     */
    private void buildKeycloak(KeycloakServer keycloak, String name, Map<String, String> environment) {
        checkNotStopping();
        progress.accept(name + ": building it for " + String.join(" ", keycloak.buildOptions())
                + " (first run, or after a Keycloak or option change)");
        long t0 = System.nanoTime();
        // Not one of processes(): it is meant to exit, and nothing restarts it.
        ChildProcess build = ChildProcess.start(
                "keycloak-build",
                keycloak.buildCommand(),
                environment,
                keycloak.home(),
                layout.logs().resolve("keycloak-build.log"),
                layout.run());
        Component stopBuild = new Component(name + " build", () -> build.stop(STOP_GRACE));
        register(stopBuild);
        int exit;
        try {
            exit = build.onExit()
                    .get(KEYCLOAK_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .exitValue();
            build.stop(STOP_GRACE); // gone already: this only removes its pid file
            synchronized (this) {
                started.remove(stopBuild);
            }
        } catch (TimeoutException e) {
            throw new AssemblyException(name + ": kc.sh build did not finish within " + KEYCLOAK_TIMEOUT.toMinutes()
                    + " min; last lines of " + build.log() + ":" + System.lineSeparator() + build.tail(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssemblyException(name + ": interrupted while kc.sh build ran", e);
        } catch (ExecutionException e) {
            throw new AssemblyException(name + ": kc.sh build: " + e.getMessage(), e);
        }
        if (exit != 0) {
            throw new AssemblyException(name + ": kc.sh build failed (exit " + exit + "); last lines of " + build.log()
                    + ":" + System.lineSeparator() + build.tail(30));
        }
        keycloak.markBuilt();
        progress.accept(name + ": built in " + seconds(System.nanoTime() - t0));
    }

    private void startServices(String sessionSecret) {
        checkNotStopping();
        Map<String, Map<String, String>> services = new LinkedHashMap<>();
        Map<String, String> patient = databaseService(layout.patientPort(), "motus_patient");
        // For its notifications (Quarkus Mailer): the local GreenMail.
        patient.putAll(MailServer.mailerEnvironment(layout));
        // Invitations: Keycloak's Admin REST API as the motus-accounts service account.
        patient.put("MOTUS_ACCOUNTS_KEYCLOAK_URL", layout.keycloakUrl());
        patient.put("MOTUS_ACCOUNTS_CLIENT_SECRET", accountsClientSecret);
        patient.put("MOTUS_ACCOUNTS_APP_URL", layout.gatewayUrl());
        // Notifications: the links in emails and pushes, and this home's Web Push key pair.
        patient.put("MOTUS_NOTIFICATIONS_WEB_URL", layout.gatewayUrl());
        patient.put("MOTUS_PUSH_VAPID_PUBLIC_KEY", vapidKeys.publicKey());
        patient.put("MOTUS_PUSH_VAPID_PRIVATE_KEY", vapidKeys.privateKey());
        patient.put("MOTUS_PUSH_VAPID_SUBJECT", "mailto:" + MailServer.FROM);
        services.put("patient-service", patient);
        Map<String, String> therapist = databaseService(layout.therapistPort(), "motus_therapist");
        therapist.put("MOTUS_SERVICES_PATIENT_URL", layout.patientServiceUrl());
        services.put("therapist-service", therapist);
        Map<String, String> gateway = databaseService(layout.gatewayPort(), "motus_gateway");
        gateway.put("QUARKUS_OIDC_CLIENT_ID", "motus-gateway");
        gateway.put("QUARKUS_OIDC_CREDENTIALS_SECRET", gatewayClientSecret);
        gateway.put("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", sessionSecret);
        gateway.put("MOTUS_SERVICES_PATIENT_URL", layout.patientServiceUrl());
        gateway.put("MOTUS_SERVICES_THERAPIST_URL", layout.therapistServiceUrl());
        // Visit reminders: patient-service is asked as the motus-notifier service account.
        gateway.put(KeycloakServer.NOTIFIER_SECRET_VARIABLE, notifierClientSecret);
        services.put("session-gateway", gateway);
        gatewayEnvironment = Map.copyOf(gateway);

        // Start all three, then wait for each: they boot in parallel (~3 s each).
        Map<String, ChildProcess> booting = new LinkedHashMap<>();
        Map<String, Long> startTimes = new LinkedHashMap<>();
        services.forEach((module, environment) -> {
            checkNotStopping();
            progress.accept(module + ": starting on port " + environment.get("QUARKUS_HTTP_PORT"));
            startTimes.put(module, System.nanoTime());
            Supplier<Launch> launch = () -> serviceLaunch(module);
            booting.put(module, startProcess(module, module, launch.get(), environment, layout.home(), false));
            recipes.put(
                    module,
                    new Recipe(
                            module,
                            launch,
                            Map.copyOf(environment),
                            layout.home(),
                            URI.create("http://127.0.0.1:" + portOf(module) + "/q/health/ready"),
                            SERVICE_TIMEOUT));
        });
        booting.forEach((module, process) -> {
            URI health = URI.create("http://127.0.0.1:" + portOf(module) + "/q/health/ready");
            Readiness.await(process, health, SERVICE_TIMEOUT);
            progress.accept(module + ": ready in " + seconds(System.nanoTime() - startTimes.get(module)));
        });
    }

    /**
     * Starts one more session-gateway process (a replica) with this assembly's gateway environment
     * (database, issuer, client and session secrets, service URLs), on {@code port} and with
     * {@code extra} on top (e.g. {@code MOTUS_SIGNALLING_RELAY=redis}); waits until it is ready.
     * It logs to {@code logs/<name>.log} and is stopped with the rest.
     */
    public ChildProcess startGatewayReplica(String name, int port, Map<String, String> extra) {
        if (gatewayEnvironment == null) {
            throw new IllegalStateException("Start the assembly before a gateway replica");
        }
        Ports.requireFree(Map.of(name, port));
        Map<String, String> environment = new LinkedHashMap<>(gatewayEnvironment);
        environment.putAll(extra);
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        long t0 = System.nanoTime();
        progress.accept(name + ": starting on port " + port);
        // A replica maps the gateway's class-data archive when there is one; only the gateway itself makes it.
        Path jar = artifacts.serviceJar("session-gateway");
        Supplier<Launch> launch = () ->
                Launch.of(ServiceJvm.command(classDataArchive("session-gateway").mapIfPresent(), jar));
        ChildProcess process = startProcess(name, name, launch.get(), environment, layout.home(), false);
        URI health = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        recipes.put(name, new Recipe(name, launch, Map.copyOf(environment), layout.home(), health, SERVICE_TIMEOUT));
        Readiness.await(process, health, SERVICE_TIMEOUT);
        progress.accept(name + ": ready in " + seconds(System.nanoTime() - t0));
        return process;
    }

    private Map<String, String> databaseService(int port, String database) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD);
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", layout.issuer());
        // Demo data (demo patients, tess's caseload, sample history) loads only when this
        // local assembly asks for it; a deployment never sets the flag.
        env.put("MOTUS_DEMO_DATA", "true");
        env.putAll(ServiceJvm.ENVIRONMENT);
        return env;
    }

    private int portOf(String module) {
        return switch (module) {
            case "patient-service" -> layout.patientPort();
            case "therapist-service" -> layout.therapistPort();
            case "session-gateway" -> layout.gatewayPort();
            default -> throw new IllegalArgumentException(module);
        };
    }

    /**
     * A service's command line: its JVM flags ({@link ServiceJvm}) and its class-data archive,
     * mapped when there is one, otherwise made when this start ends gracefully.
     */
    private Launch serviceLaunch(String module) {
        ClassDataArchive.Start start = classDataArchive(module).nextStart();
        if (start.makesArchive()) {
            progress.accept(module + ": no class-data archive for this build yet; it is made when the service stops");
        }
        List<String> command = ServiceJvm.command(start.jvmOptions(), artifacts.serviceJar(module));
        return new Launch(command, gracefully -> {
            if (start.ended(gracefully)) {
                progress.accept(module + ": class-data archive stored for the next start");
            }
        });
    }

    private ClassDataArchive classDataArchive(String module) {
        return classDataArchive(layout, artifacts, module);
    }

    /** The class-data archive {@code up} gives {@code module} (run by this JVM's java) in {@code layout}'s home. */
    public static ClassDataArchive classDataArchive(Layout layout, Artifacts artifacts, String module) {
        return ClassDataArchive.of(
                layout.classData(), module, artifacts.serviceJar(module), Path.of(System.getProperty("java.home")));
    }

    /** The JVM flags every service gets, besides its class-data archive (ADR 0055). */
    public static List<String> serviceJvmOptions() {
        return ServiceJvm.OPTIONS;
    }

    /** The environment every service's JVM gets besides its configuration (ADR 0055). */
    public static Map<String, String> serviceJvmEnvironment() {
        return ServiceJvm.ENVIRONMENT;
    }

    /** Starts a child process logging to logs/{@code name}.log; {@code displayName} is what progress lines call it. */
    private ChildProcess startProcess(
            String name,
            String displayName,
            List<String> command,
            Map<String, String> environment,
            Path workingDirectory) {
        return startProcess(name, displayName, Launch.of(command), environment, workingDirectory, false);
    }

    private synchronized ChildProcess startProcess(
            String name,
            String displayName,
            Launch launch,
            Map<String, String> environment,
            Path workingDirectory,
            boolean again) {
        checkNotStopping();
        ChildProcess process = ChildProcess.start(
                name,
                launch.command(),
                environment,
                workingDirectory,
                layout.logs().resolve(name + ".log"),
                layout.run(),
                again);
        // A part started again replaces its dead process in the list (one log file each).
        processes.removeIf(earlier -> earlier.name().equals(name));
        processes.add(process);
        register(new Component(displayName, () -> {
            boolean graceful = process.stop(STOP_GRACE);
            if (!graceful) {
                progress.accept(displayName + ": did not stop within " + STOP_GRACE.toSeconds() + " s, killed");
            }
            launch.ended().accept(graceful && !process.wasKilled());
        }));
        return process;
    }

    /** Remembers a started part for {@link #stop()}; if a stop began meanwhile, the start is abandoned (and the part stopped). */
    private synchronized void register(Component component) {
        started.push(component);
        checkNotStopping();
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new AssemblyException("Start abandoned: Motus is stopping");
        }
    }

    // ----- Faults: what the fault suite (deploy/src/test/.../faults) does to a running assembly -----

    /** The running process of a part: {@code keycloak}, {@code patient-service}, a replica's name, ... */
    public synchronized ChildProcess process(String name) {
        return processes.stream()
                .filter(process -> process.name().equals(name))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalArgumentException("No process named " + name));
    }

    /** SIGKILL to a part and its children (a crash: no shutdown hook runs); returns once it is gone. */
    public void kill(String name) {
        ChildProcess process = process(name);
        if (!process.kill(Duration.ofSeconds(20))) {
            throw new AssemblyException(name + " did not exit within 20 s of SIGKILL");
        }
        progress.accept(name + ": killed (SIGKILL)");
    }

    /** SIGTERM to a part (SIGKILL after the grace period); returns once it is gone. */
    public void stopPart(String name) {
        ChildProcess process = process(name);
        long t0 = System.nanoTime();
        process.stop(STOP_GRACE);
        progress.accept(name + ": stopped in " + seconds(System.nanoTime() - t0));
    }

    /**
     * Starts a stopped or killed part again exactly as it was first started (command, environment,
     * port), its output appended to its log, and waits until it is ready. Returns the new process.
     */
    public ChildProcess restart(String name) {
        return restart(name, Map.of());
    }

    /**
     * Starts a stopped part again as it was first started, with {@code extraEnvironment} on top
     * (e.g. {@code MOTUS_CLOCK_OFFSET=PT2H5M} for a patient-service whose clock runs ahead); the
     * extra variables apply to this start only: a later {@link #restart(String)} starts it as first
     * started again.
     */
    public ChildProcess restart(String name, Map<String, String> extraEnvironment) {
        Recipe recipe;
        synchronized (this) {
            recipe = recipes.get(name);
        }
        if (recipe == null) {
            throw new IllegalArgumentException("No part named " + name + " was started by this assembly");
        }
        if (process(name).isAlive()) {
            throw new IllegalStateException(name + " is still running; stop or kill it first");
        }
        long t0 = System.nanoTime();
        Map<String, String> environment = new LinkedHashMap<>(recipe.environment());
        environment.putAll(extraEnvironment);
        progress.accept(recipe.displayName() + ": starting again"
                + (extraEnvironment.isEmpty() ? "" : " with " + new TreeMap<>(extraEnvironment)));
        ChildProcess process = startProcess(
                name, recipe.displayName(), recipe.launch().get(), environment, recipe.workingDirectory(), true);
        Readiness.await(process, recipe.readiness(), recipe.timeout());
        progress.accept(recipe.displayName() + ": ready again in " + seconds(System.nanoTime() - t0));
        return process;
    }

    /** Stops PostgreSQL (a fast shutdown: open connections are cut) until {@link #startPostgresAgain()}. */
    public synchronized void stopPostgres() {
        long t0 = System.nanoTime();
        closePostgres();
        progress.accept("PostgreSQL 17: stopped in " + seconds(System.nanoTime() - t0));
    }

    /** Starts PostgreSQL again on the same data and port after {@link #stopPostgres()}. */
    public synchronized void startPostgresAgain() {
        checkNotStopping();
        if (postgres != null) {
            throw new IllegalStateException("PostgreSQL is running");
        }
        long t0 = System.nanoTime();
        postgres = LocalPostgres.startPersistent(layout.postgresData(), layout.postgresPort());
        progress.accept("PostgreSQL 17: ready again in " + seconds(System.nanoTime() - t0));
    }

    private synchronized void closePostgres() {
        if (postgres != null) {
            LocalPostgres server = postgres;
            postgres = null;
            server.close();
        }
    }

    /** Stops everything this assembly started, newest first. Safe to call more than once and from a shutdown hook. */
    public void stop() {
        stopping = true;
        while (true) {
            Component component;
            synchronized (this) {
                component = started.poll();
            }
            if (component == null) {
                return;
            }
            long t0 = System.nanoTime();
            try {
                component.stop().run();
                progress.accept(component.name() + ": stopped in " + seconds(System.nanoTime() - t0));
            } catch (RuntimeException e) {
                progress.accept(component.name() + ": did not stop cleanly: " + e.getMessage());
            }
        }
    }

    /**
     * Stops what an earlier run in the same home left behind (a supervisor or test JVM that was
     * killed without its shutdown hook): the processes named in {@code run/*.pid} and the
     * PostgreSQL server of {@code postgres/postmaster.pid}, each only if its command line shows it
     * is one of ours. Returns a description of each process it stopped.
     */
    public static List<String> stopLeftovers(Layout layout) {
        List<String> stopped = new ArrayList<>();
        if (Files.isDirectory(layout.run())) {
            try (Stream<Path> pidFiles = Files.list(layout.run())) {
                for (Path pidFile : pidFiles.filter(file -> file.toString().endsWith(".pid"))
                        .toList()) {
                    String name = pidFile.getFileName().toString().replace(".pid", "");
                    leftover(
                                    firstLine(pidFile),
                                    command -> command.contains(layout.home().toString())
                                            || command.contains("quarkus-run.jar"))
                            .ifPresent(process -> {
                                ChildProcess.stopTree(process, STOP_GRACE);
                                stopped.add(name + " (pid " + process.pid() + ")");
                            });
                    Files.deleteIfExists(pidFile);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path postmaster = layout.postgresData().resolve("postmaster.pid");
        if (Files.isRegularFile(postmaster)) {
            leftover(
                            firstLine(postmaster),
                            command -> command.contains(layout.postgresData().toString()))
                    .ifPresent(process -> {
                        ChildProcess.stopTree(process, STOP_GRACE);
                        stopped.add("PostgreSQL (pid " + process.pid() + ")");
                    });
        }
        return stopped;
    }

    private static Optional<ProcessHandle> leftover(String pid, Predicate<String> isOurs) {
        if (!pid.matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pid))
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(ProcessHandle::isAlive)
                .filter(process ->
                        process.info().commandLine().map(isOurs::test).orElse(false));
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).stream().findFirst().orElse("").strip();
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        stop();
    }

    public Layout layout() {
        return layout;
    }

    /** The child processes (Keycloak and the services), in start order. */
    public synchronized List<ChildProcess> processes() {
        return List.copyOf(processes);
    }

    /** Every log file this assembly writes, PostgreSQL's included. */
    public List<Path> logFiles() {
        List<Path> logs = new ArrayList<>();
        logs.add(layout.logs().resolve("postgres.log"));
        processes().forEach(process -> logs.add(process.log()));
        return logs;
    }

    /** How long Keycloak took to become ready, or null if it was not started. */
    public Duration keycloakStartTime() {
        return keycloakStartTime;
    }

    /** The last lines of every log, for a failing test or a failed start. */
    public String logTails(int lines) {
        StringBuilder out = new StringBuilder();
        for (Path log : logFiles()) {
            out.append("----- ")
                    .append(log)
                    .append(" (last ")
                    .append(lines)
                    .append(" lines) -----")
                    .append(System.lineSeparator());
            out.append(ChildProcess.tail(log, lines)).append(System.lineSeparator());
        }
        return out.toString();
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Component(String name, Runnable stop) {}

    /** A part's command line, and what to do once its process ended (told whether it stopped gracefully). */
    private record Launch(List<String> command, Consumer<Boolean> ended) {

        static Launch of(List<String> command) {
            return new Launch(command, gracefully -> {});
        }
    }

    /** How a part was started: enough to start it again. */
    private record Recipe(
            String displayName,
            Supplier<Launch> launch,
            Map<String, String> environment,
            Path workingDirectory,
            URI readiness,
            Duration timeout) {}
}
