package org.motus.gateway.signalling;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Visits;
import org.motus.localpostgres.PostgresTestResource;

/**
 * Signalling load benchmark, not part of the test suite (the class name does not end in Test):
 * <pre>./mvnw -B -pl session-gateway -am test -Dtest=SignallingBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *     [-Dmotus.bench.visits=100,500,1000] [-Dmotus.bench.rounds=4]</pre>
 * For N = 100, 500, 1000 visits (two sockets each, all on loopback) it compares, in one JVM run,
 * with the same clients and messages, the gateway's socket (session-cookie upgrade, admission,
 * validation, rate limit, relay), the hand-built Vert.x socket it replaced (the baseline, on
 * {@code /signal-baseline}) and a bare Vert.x relay ({@link BareRelay}, the floor):
 * <ul>
 * <li>latency: every socket sends an ICE candidate message every 250 ms (open loop, 8N msgs/s in
 * all); one-way relay latency p50/p99 from the sender's write to the peer's receipt;</li>
 * <li>throughput: every visit keeps 4 messages bouncing between its two sockets (closed loop);
 * messages relayed per second, and their latency under that saturation.</li>
 * </ul>
 * To keep a busy machine's drift out of the comparison, each N connects every system once and then
 * measures them in interleaved rounds (the order reversed every other round), after a warm-up
 * round that is not reported. The figures are the medians of the rounds; the ratios against the
 * baseline are taken round by round (same moment, same machine load) and given as their median
 * and their range, the range showing how far the noise reaches.
 * The rate limit is raised for the run (the closed loop would trip it by design); the bucket is
 * still evaluated for every message. Figures go to stdout and {@code target/signalling-benchmark.md}.
 */
@QuarkusTest
@TestProfile(SignallingBenchmark.LiftedLimits.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class SignallingBenchmark {

    public static class LiftedLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "motus.signalling.rate-per-second",
                    "1000000",
                    "motus.signalling.burst",
                    "1000000",
                    // Sockets wait idle while the other systems take their turn.
                    "motus.signalling.idle-timeout",
                    "30M",
                    "quarkus.log.category.\"org.motus.gateway\".level",
                    "WARN");
        }
    }

    /** {@code -Dmotus.bench.visits=100,500,1000} (default) to measure other room counts. */
    private static final int[] VISITS = Arrays.stream(
                    System.getProperty("motus.bench.visits", "100,500,1000").split(","))
            .map(String::strip)
            .mapToInt(Integer::parseInt)
            .toArray();
    /** {@code -Dmotus.bench.rounds=4} (default): measured rounds per N, after one warm-up round. */
    private static final int ROUNDS = Integer.getInteger("motus.bench.rounds", 4);

    private static final int SERVER_EVENT_LOOPS = 2 * Runtime.getRuntime().availableProcessors();
    private static final Duration WARM_UP = Duration.ofMillis(700);
    private static final Duration LATENCY_RUN = Duration.ofSeconds(3);
    private static final Duration THROUGHPUT_RUN = Duration.ofMillis(2500);
    private static final Duration DRAIN = Duration.ofMillis(400);
    private static final long SEND_INTERVAL_MS = 250;
    private static final int IN_FLIGHT_PER_VISIT = 4;
    private static final String CANDIDATE_TAIL =
            "\",\"candidate\":{\"candidate\":\"candidate:842163049 1 udp 1677729535 "
                    + "127.0.0.1 50000 typ srflx raddr 0.0.0.0 rport 0 generation 0 ufrag 7xQk network-cost 999\","
                    + "\"sdpMid\":\"0\",\"sdpMLineIndex\":0}}";

    private static final String LATENCY = "latency (4 msg/s per socket)";
    private static final String THROUGHPUT = "throughput (closed loop)";
    private static final String BARE = "bare Vert.x relay";
    /** The hand-built Vert.x socket the websockets-next endpoint replaced (baseline/), on its own path. */
    private static final String BEFORE = "gateway, hand-built Vert.x (before)";

    private static final String GATEWAY = "gateway, websockets-next";
    private static final String BEFORE_PATH = "/signal-baseline";
    private static final String GATEWAY_PATH = "/signal";

    @OidcWireMock
    WireMockServer oidc;

    private final Vertx clientVertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
    private final WebSocketClient client = clientVertx.createWebSocketClient(new WebSocketClientOptions()
            .setMaxConnections(10_000)
            .setConnectTimeout(20_000)
            .setMaxFrameSize(262144)
            .setMaxMessageSize(262144));
    private final Context[] contexts = {clientVertx.getOrCreateContext(), clientVertx.getOrCreateContext()};

    /** One system's figures for one N and phase: in one round, or the medians of the rounds. */
    record Figures(
            String system,
            int visits,
            String phase,
            long messages,
            double perSecond,
            double p50Ms,
            double p99Ms,
            long errors) {}

    @Test
    void relayLatencyAndThroughputSideBySide() throws Exception {
        Visits people = new Visits(oidc);
        int most = Arrays.stream(VISITS).max().orElseThrow();
        // Each gateway socket gets visits of its own: both share the relay, where the newest
        // connection to a seat replaces the older one.
        List<UUID> booked = new ArrayList<>();
        for (int i = 0; i < 2 * most; i++) {
            booked.add(Visits.book(people.tessBrowser, people.patId, Duration.ofMinutes(5), 180, "Benchmark"));
        }
        List<Figures> rounds = new ArrayList<>();
        try (BareRelay bare = BareRelay.start(SERVER_EVENT_LOOPS)) {
            for (int n : VISITS) {
                Map<String, List<Pair>> systems = new LinkedHashMap<>();
                systems.put(BARE, barePairs(bare, n));
                systems.put(BEFORE, gatewayPairs(people, booked.subList(0, n), BEFORE_PATH));
                systems.put(GATEWAY, gatewayPairs(people, booked.subList(most, most + n), GATEWAY_PATH));
                try {
                    for (int round = 0; round <= ROUNDS; round++) {
                        List<String> order = new ArrayList<>(systems.keySet());
                        if (round % 2 == 1) {
                            Collections.reverse(order);
                        }
                        for (String system : order) {
                            List<Figures> measured = measure(system, systems.get(system), n);
                            if (round > 0) { // round 0 warms the JIT and the pools
                                rounds.addAll(measured);
                            }
                        }
                    }
                } finally {
                    for (List<Pair> pairs : systems.values()) {
                        closeAll(pairs);
                    }
                }
            }
        } finally {
            clientVertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
        report(rounds);
    }

    // --- One system, one N, one round ---

    private List<Figures> measure(String system, List<Pair> pairs, int n) throws Exception {
        long errorsBefore = errors(pairs);
        Recorder latency = openLoop(pairs, LATENCY_RUN);
        Recorder saturated = closedLoop(pairs, THROUGHPUT_RUN);
        long errors = errors(pairs) - errorsBefore;
        return List.of(latency.figures(system, n, LATENCY, errors), saturated.figures(system, n, THROUGHPUT, errors));
    }

    private static long errors(List<Pair> pairs) {
        return pairs.stream()
                .mapToLong(p -> p.a.errors.get() + p.b.errors.get())
                .sum();
    }

    private Recorder openLoop(List<Pair> pairs, Duration run) throws Exception {
        Recorder recorder =
                new Recorder((int) (pairs.size() * 2 * (run.toMillis() + WARM_UP.toMillis()) / SEND_INTERVAL_MS * 2));
        List<Runnable> stops = new ArrayList<>();
        for (Pair pair : pairs) {
            for (BenchSocket socket : List.of(pair.a, pair.b)) {
                socket.recorder = recorder;
                CompletableFuture<Long> timer = new CompletableFuture<>();
                socket.context.runOnContext(v -> timer.complete(clientVertx.setPeriodic(
                        1 + ThreadLocalRandom.current().nextLong(SEND_INTERVAL_MS),
                        SEND_INTERVAL_MS,
                        id -> socket.sendCandidate())));
                long id = timer.get(10, TimeUnit.SECONDS);
                stops.add(() -> clientVertx.cancelTimer(id));
            }
        }
        Thread.sleep(WARM_UP.toMillis()); // benchmark pacing, not a test wait
        recorder.start();
        Thread.sleep(run.toMillis());
        recorder.stop();
        stops.forEach(Runnable::run);
        Thread.sleep(DRAIN.toMillis());
        return recorder;
    }

    private Recorder closedLoop(List<Pair> pairs, Duration run) throws Exception {
        Recorder recorder = new Recorder(4_000_000);
        for (Pair pair : pairs) {
            pair.a.recorder = recorder;
            pair.b.recorder = recorder;
            pair.a.echo = true;
            pair.b.echo = true;
            pair.a.context.runOnContext(v -> {
                for (int i = 0; i < IN_FLIGHT_PER_VISIT; i++) {
                    pair.a.sendCandidate();
                }
            });
        }
        Thread.sleep(WARM_UP.toMillis()); // benchmark pacing, not a test wait
        recorder.start();
        Thread.sleep(run.toMillis());
        recorder.stop();
        pairs.forEach(p -> {
            p.a.echo = false;
            p.b.echo = false;
        });
        Thread.sleep(DRAIN.toMillis());
        return recorder;
    }

    // --- Connecting ---

    record Pair(BenchSocket a, BenchSocket b) {}

    private List<Pair> gatewayPairs(Visits people, List<UUID> visits, String path) throws Exception {
        // Fresh sign-ins: booking 1000 visits on a busy machine can outlast the test provider's tokens.
        String therapistCookie = BrowserSession.signIn(oidc, people.tess).cookieHeader();
        String patientCookie = BrowserSession.signIn(oidc, people.pat).cookieHeader();
        List<Pair> pairs = new ArrayList<>();
        Semaphore parallel = new Semaphore(32);
        List<CompletableFuture<Pair>> pending = new ArrayList<>();
        int i = 0;
        for (UUID visit : visits) {
            int index = i++;
            parallel.acquire();
            CompletableFuture<Pair> pair = connectGateway(therapistCookie, patientCookie, visit, index, path)
                    .whenComplete((p, e) -> parallel.release());
            pending.add(pair);
        }
        for (CompletableFuture<Pair> pair : pending) {
            pairs.add(pair.get(60, TimeUnit.SECONDS));
        }
        return pairs;
    }

    private CompletableFuture<Pair> connectGateway(
            String therapistCookie, String patientCookie, UUID visit, int index, String path) {
        Context context = contexts[index % contexts.length];
        CompletableFuture<BenchSocket> patient = connect(context, gatewayOptions(patientCookie, visit, path));
        return patient.thenCompose(p -> {
                    p.sendRaw("{\"v\":1,\"type\":\"join\"}");
                    return p.joined;
                })
                .thenCompose(patientJoined -> connect(context, gatewayOptions(therapistCookie, visit, path))
                        .thenCompose(t -> {
                            t.sendRaw("{\"v\":1,\"type\":\"join\"}");
                            return t.joined.thenCompose(therapistJoined -> {
                                BenchSocket p = patient.join();
                                if ("IN_PROGRESS".equals(therapistJoined.getString("status"))) {
                                    return CompletableFuture.completedFuture(new Pair(t, p));
                                }
                                t.sendRaw("{\"v\":1,\"type\":\"admit\"}");
                                return CompletableFuture.allOf(t.admitted, p.admitted)
                                        .thenApply(v -> new Pair(t, p));
                            });
                        }));
    }

    private static WebSocketConnectOptions gatewayOptions(String cookie, UUID visit, String path) {
        return new WebSocketConnectOptions()
                .setHost("127.0.0.1")
                .setPort(RestAssured.port)
                .setURI("/api/v1/visits/" + visit + path)
                .addHeader("Cookie", cookie)
                .addHeader("Origin", "http://127.0.0.1:" + RestAssured.port);
    }

    private List<Pair> barePairs(BareRelay bare, int n) throws Exception {
        List<CompletableFuture<Pair>> pending = new ArrayList<>();
        String run = UUID.randomUUID().toString();
        for (int i = 0; i < n; i++) {
            Context context = contexts[i % contexts.length];
            String room = run + "-" + i;
            CompletableFuture<BenchSocket> a = connect(context, bareOptions(bare, room, 0));
            CompletableFuture<BenchSocket> b = connect(context, bareOptions(bare, room, 1));
            pending.add(a.thenCombine(b, Pair::new));
        }
        List<Pair> pairs = new ArrayList<>();
        for (CompletableFuture<Pair> pair : pending) {
            pairs.add(pair.get(60, TimeUnit.SECONDS));
        }
        return pairs;
    }

    private static WebSocketConnectOptions bareOptions(BareRelay bare, String room, int side) {
        return new WebSocketConnectOptions()
                .setHost("127.0.0.1")
                .setPort(bare.port())
                .setURI("/relay/" + room + "/" + side);
    }

    private CompletableFuture<BenchSocket> connect(Context context, WebSocketConnectOptions options) {
        CompletableFuture<BenchSocket> connected = new CompletableFuture<>();
        context.runOnContext(v -> client.connect(options).onComplete(result -> {
            if (result.succeeded()) {
                connected.complete(new BenchSocket(result.result(), context));
            } else {
                connected.completeExceptionally(result.cause());
            }
        }));
        return connected;
    }

    private static void closeAll(List<Pair> pairs) throws Exception {
        List<CompletableFuture<Void>> closed = new ArrayList<>();
        for (Pair pair : pairs) {
            for (BenchSocket socket : List.of(pair.a, pair.b)) {
                closed.add(socket.socket.close().toCompletionStage().toCompletableFuture());
            }
        }
        CompletableFuture.allOf(closed.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }

    // --- Per socket ---

    final class BenchSocket {
        final WebSocket socket;
        final Context context;
        final CompletableFuture<JsonObject> joined = new CompletableFuture<>();
        final CompletableFuture<JsonObject> admitted = new CompletableFuture<>();
        final AtomicLong errors = new AtomicLong();
        volatile Recorder recorder;
        volatile boolean echo;

        BenchSocket(WebSocket socket, Context context) {
            this.socket = socket;
            this.context = context;
            socket.textMessageHandler(this::onText);
        }

        void sendCandidate() {
            socket.writeTextMessage("{\"v\":1,\"type\":\"candidate\",\"id\":\"" + System.nanoTime() + CANDIDATE_TAIL);
        }

        void sendRaw(String text) {
            context.runOnContext(v -> socket.writeTextMessage(text));
        }

        private void onText(String text) {
            long now = System.nanoTime();
            int id = text.indexOf("\"id\":\"");
            if (text.startsWith("{\"v\":1,\"type\":\"candidate\"") && id > 0) {
                int start = id + 6;
                long sent = Long.parseLong(text, start, text.indexOf('"', start), 10);
                Recorder r = recorder;
                if (r != null) {
                    r.record(now - sent);
                }
                if (echo) {
                    sendCandidate();
                }
                return;
            }
            JsonObject message = new JsonObject(text);
            switch (message.getString("type", "")) {
                case "joined" -> joined.complete(message);
                case "admitted" -> admitted.complete(message);
                case "error" -> errors.incrementAndGet();
                default -> {
                    // peer-joined, peer-left, ice-restart: not part of the measurement
                }
            }
        }
    }

    /** One-way latencies in nanoseconds, recorded while on. */
    static final class Recorder {
        private final long[] values;
        private final AtomicInteger count = new AtomicInteger();
        private volatile boolean on;
        private long startedAt;
        private long stoppedAt;

        Recorder(int capacity) {
            values = new long[capacity];
        }

        void start() {
            startedAt = System.nanoTime();
            on = true;
        }

        void stop() {
            on = false;
            stoppedAt = System.nanoTime();
        }

        void record(long nanos) {
            if (on) {
                int i = count.getAndIncrement();
                if (i < values.length) {
                    values[i] = nanos;
                }
            }
        }

        Figures figures(String system, int visits, String phase, long errors) {
            int n = Math.min(count.get(), values.length);
            long[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            double seconds = (stoppedAt - startedAt) / 1e9;
            return new Figures(
                    system,
                    visits,
                    phase,
                    count.get(),
                    count.get() / seconds,
                    n == 0 ? Double.NaN : sorted[(int) Math.min(n - 1, Math.floor(n * 0.50))] / 1e6,
                    n == 0 ? Double.NaN : sorted[(int) Math.min(n - 1, Math.floor(n * 0.99))] / 1e6,
                    errors);
        }
    }

    // --- Output ---

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The medians over the rounds, one row per system, N and phase. */
    private static List<Figures> medians(List<Figures> rounds) {
        Map<String, List<Figures>> groups = new LinkedHashMap<>();
        for (Figures f : rounds) {
            groups.computeIfAbsent(f.visits() + "|" + f.phase() + "|" + f.system(), k -> new ArrayList<>())
                    .add(f);
        }
        List<Figures> medians = new ArrayList<>();
        for (List<Figures> group : groups.values()) {
            Figures first = group.get(0);
            medians.add(new Figures(
                    first.system(),
                    first.visits(),
                    first.phase(),
                    group.stream().mapToLong(Figures::messages).sum(),
                    median(group.stream().map(Figures::perSecond).toList()),
                    median(group.stream().map(Figures::p50Ms).toList()),
                    median(group.stream().map(Figures::p99Ms).toList()),
                    group.stream().mapToLong(Figures::errors).sum()));
        }
        return medians;
    }

    /**
     * {@code system} against {@code reference}, round by round: the median of the per-round ratios
     * and, in brackets, their lowest and highest.
     */
    private static String ratios(String title, List<Figures> rounds, String reference, String... systems) {
        StringBuilder table = new StringBuilder("\n" + title + ":\n\n| visits | phase | system | p50 | p99 | msgs/s |\n"
                + "|---|---|---|---:|---:|---:|\n");
        Map<String, List<double[]>> perRound = new LinkedHashMap<>();
        Map<String, Figures> firstOfGroup = new LinkedHashMap<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Figures measured : rounds) {
            if (!List.of(systems).contains(measured.system())) {
                continue;
            }
            String key = measured.visits() + "|" + measured.phase() + "|" + measured.system();
            int round = seen.merge(key, 1, Integer::sum);
            Figures base = rounds.stream()
                    .filter(f -> f.system().equals(reference)
                            && f.visits() == measured.visits()
                            && f.phase().equals(measured.phase()))
                    .skip(round - 1)
                    .findFirst()
                    .orElseThrow();
            firstOfGroup.putIfAbsent(key, measured);
            perRound.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {
                measured.p50Ms() / base.p50Ms(),
                measured.p99Ms() / base.p99Ms(),
                measured.perSecond() / base.perSecond()
            });
        }
        for (Map.Entry<String, List<double[]>> group : perRound.entrySet()) {
            Figures f = firstOfGroup.get(group.getKey());
            table.append(String.format(
                    Locale.ROOT,
                    "| %d | %s | %s | %s | %s | %s |%n",
                    f.visits(),
                    f.phase(),
                    f.system(),
                    spread(group.getValue(), 0),
                    spread(group.getValue(), 1),
                    spread(group.getValue(), 2)));
        }
        return table.toString();
    }

    private static String spread(List<double[]> ratios, int column) {
        List<Double> values = ratios.stream().map(r -> r[column]).toList();
        return String.format(
                Locale.ROOT,
                "%.2fx [%.2f-%.2f]",
                median(values),
                values.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                values.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    private static void report(List<Figures> rounds) throws Exception {
        StringBuilder table = new StringBuilder();
        table.append("| visits (sockets) | phase | system | msgs/s | p50 ms | p99 ms | errors |\n");
        table.append("|---|---|---|---:|---:|---:|---:|\n");
        for (Figures f : medians(rounds)) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %d (%d) | %s | %s | %.0f | %.2f | %.2f | %d |%n",
                    f.visits(),
                    2 * f.visits(),
                    f.phase(),
                    f.system(),
                    f.perSecond(),
                    f.p50Ms(),
                    f.p99Ms(),
                    f.errors()));
        }
        table.append(ratios(
                "websockets-next / hand-built, per round (median [lowest-highest]; p50, p99: lower is better;"
                        + " msgs/s: higher is better)",
                rounds,
                BEFORE,
                GATEWAY));
        table.append(ratios(
                "Hand-built / hand-built, per round (the noise: the baseline against its own median round)",
                selfAgainstMedian(rounds, BEFORE),
                BEFORE + " (median round)",
                BEFORE));
        table.append(ratios("Gateway / bare relay, per round", rounds, BARE, GATEWAY, BEFORE));
        String text = "Signalling benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", server event loops: " + SERVER_EVENT_LOOPS + ", "
                + ROUNDS + " interleaved rounds per N (medians)\n\n" + table;
        System.out.println("\n" + text);
        Files.writeString(Path.of("target", "signalling-benchmark.md"), text, StandardCharsets.UTF_8);
    }

    /** Each round of {@code system}, plus as many copies of its median figures under another name. */
    private static List<Figures> selfAgainstMedian(List<Figures> rounds, String system) {
        List<Figures> withMedians = new ArrayList<>(rounds);
        for (Figures median : medians(rounds)) {
            if (median.system().equals(system)) {
                long count = rounds.stream()
                        .filter(f -> f.system().equals(system)
                                && f.visits() == median.visits()
                                && f.phase().equals(median.phase()))
                        .count();
                for (long i = 0; i < count; i++) {
                    withMedians.add(new Figures(
                            system + " (median round)",
                            median.visits(),
                            median.phase(),
                            median.messages(),
                            median.perSecond(),
                            median.p50Ms(),
                            median.p99Ms(),
                            median.errors()));
                }
            }
        }
        return withMedians;
    }
}
