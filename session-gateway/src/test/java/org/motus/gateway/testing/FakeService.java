package org.motus.gateway.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A stand-in for patient-service or therapist-service on a JDK HttpServer: records every request
 * it receives and answers 200 JSON naming itself, with a Set-Cookie the gateway must not pass on;
 * unless its {@link #respondWith responder} answers the request (see {@link FakePatients}).
 */
public final class FakeService implements AutoCloseable {

    public record Received(String method, String uri, Map<String, List<String>> headers, String body) {

        /** The first value of a header, or null; names are case-insensitive. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public boolean hasHeader(String name) {
            return headers.containsKey(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A specific answer to a request. */
    public record Answer(int status, String body) {}

    private final String name;
    private volatile Function<Received, Answer> responder = request -> null;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public FakeService(String name) throws IOException {
        this.name = name;
        this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received last() {
        if (received.isEmpty()) {
            throw new AssertionError(name + " received no request");
        }
        return received.get(received.size() - 1);
    }

    /** Requests for which the responder returns an answer get it; the others the default echo. */
    public void respondWith(Function<Received, Answer> responder) {
        this.responder = responder;
    }

    public void forget() {
        received.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(
                            e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue()), (a, b) -> a));
            Received request = new Received(
                    exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body);
            received.add(request);
            Answer custom = responder.apply(request);
            if (custom != null) {
                byte[] bytes = custom.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(custom.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
                return;
            }
            byte[] answer = ("{\"service\":\"" + name + "\",\"method\":\"" + exchange.getRequestMethod() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Set-Cookie", "upstream-session=leak; Path=/");
            exchange.getResponseHeaders().add("X-Served-By", name);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
