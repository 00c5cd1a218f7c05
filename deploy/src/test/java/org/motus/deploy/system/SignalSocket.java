package org.motus.deploy.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One participant's signalling socket (session-gateway/SIGNALLING.md) on one gateway replica,
 * with java.net.http's WebSocket client and the session cookie of a {@link SignedIn} person.
 */
final class SignalSocket implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String who;
    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;

    private SignalSocket(String who) {
        this.who = who;
    }

    /** Opens the socket of {@code visitId} on the gateway at {@code gatewayUrl} and sends join. */
    static SignalSocket join(String who, SignedIn person, String gatewayUrl, String visitId) {
        SignalSocket signal = new SignalSocket(who);
        URI uri = URI.create(gatewayUrl.replaceFirst("^http", "ws") + "/api/v1/visits/" + visitId + "/signal");
        signal.socket = CLIENT.newWebSocketBuilder()
                .header("Cookie", person.cookieHeader())
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, signal.new Listener())
                .orTimeout(20, TimeUnit.SECONDS)
                .join();
        signal.send(message("join"));
        return signal;
    }

    static ObjectNode message(String type) {
        return Http.JSON.createObjectNode().put("v", 1).put("type", type);
    }

    void send(ObjectNode message) {
        socket.sendText(message.toString(), true)
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
    }

    /** The next message of {@code type}, skipping pongs; fails on anything else or after {@link #WAIT}. */
    JsonNode expect(String type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode next;
            try {
                next = inbox.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (next == null) {
                throw new AssertionError(who + " waited " + WAIT.toSeconds() + " s for '" + type + "'; got so far: "
                        + seen + (closed.isDone() ? " (socket closed " + closed.join() + ")" : ""));
            }
            if ("pong".equals(next.path("type").asText())) {
                continue;
            }
            if (!type.equals(next.path("type").asText())) {
                throw new AssertionError(who + " expected '" + type + "' but got " + next + "; so far: " + seen);
            }
            return next;
        }
    }

    /** The close code the server sent (or 1006 when the connection just went away). */
    int awaitClose() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        if (socket != null) {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = Http.JSON.readTree(text);
                    synchronized (seen) {
                        seen.add(message.path("type").asText());
                    }
                    inbox.add(message);
                } catch (IOException e) {
                    inbox.add(
                            Http.JSON.createObjectNode().put("type", "not-json").put("text", text));
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(1006);
        }
    }
}
