package org.motus.gateway.testing;

import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A browser tab's signalling socket to the gateway, a real WebSocket client (Vert.x) sending the
 * tab's session cookie on the upgrade. Everything waits with a deadline; nothing sleeps.
 */
public final class SignalClient implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final Vertx VERTX = Vertx.vertx();
    private static final WebSocketClient CLIENT = VERTX.createWebSocketClient(new WebSocketClientOptions()
            .setMaxMessageSize(1024 * 1024)
            .setMaxFrameSize(65536)
            .setConnectTimeout(5000)
            .setMaxConnections(500));

    /** How the server closed the socket. */
    public record Close(int code, String reason) {}

    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Close> closed = new CompletableFuture<>();

    private SignalClient(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(text -> received.add(new JsonObject(text)));
        socket.closeHandler(v -> closed.complete(
                new Close(socket.closeStatusCode() == null ? -1 : socket.closeStatusCode(), socket.closeReason())));
    }

    public static WebSocketConnectOptions options(BrowserSession session, UUID visitId) {
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost("localhost")
                .setPort(RestAssured.port)
                .setURI("/api/v1/visits/" + visitId + "/signal")
                .addHeader("Origin", "http://localhost:" + RestAssured.port);
        if (session != null) {
            String cookies = session.cookieHeader();
            if (!cookies.isEmpty()) {
                options.addHeader("Cookie", cookies);
            }
        }
        return options;
    }

    /** Opens the visit's signalling socket as this browser session; fails the test if refused. */
    public static SignalClient open(BrowserSession session, UUID visitId) {
        return new SignalClient(await(
                CLIENT.connect(options(session, visitId)).toCompletionStage().toCompletableFuture()));
    }

    /**
     * What the server answers a browser's handshake that offers per-message compression, as Chrome
     * and Firefox do: the upgrade response's {@code Sec-WebSocket-Extensions} (null: none agreed).
     */
    public static String extensionsAnsweredToABrowserOffer(BrowserSession session, UUID visitId) {
        // A raw handshake: a client library hides the upgrade response's headers once it is open.
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout((int) WAIT.toMillis());
            String request = "GET /api/v1/visits/" + visitId + "/signal HTTP/1.1\r\n"
                    + "Host: localhost:" + RestAssured.port + "\r\n"
                    + "Origin: http://localhost:" + RestAssured.port + "\r\n"
                    + "Cookie: " + session.cookieHeader() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.BufferedReader head = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
            String status = head.readLine();
            if (status == null || !status.contains(" 101 ")) {
                throw new AssertionError("The upgrade was not accepted: " + status);
            }
            String extensions = null;
            for (String line = head.readLine(); line != null && !line.isEmpty(); line = head.readLine()) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("sec-websocket-extensions:")) {
                    extensions = line.substring(line.indexOf(':') + 1).strip();
                }
            }
            return extensions;
        } catch (java.io.IOException e) {
            throw new AssertionError("The handshake failed", e);
        }
    }

    /** Opens and joins; returns the client after its {@code joined} message. */
    public static SignalClient join(BrowserSession session, UUID visitId) {
        SignalClient client = open(session, visitId);
        client.send(new JsonObject().put("v", 1).put("type", "join"));
        client.expect("joined");
        return client;
    }

    /** The HTTP status with which the upgrade is refused; fails the test if it is accepted. */
    public static int refusal(WebSocketConnectOptions options) {
        CompletableFuture<WebSocket> attempt =
                CLIENT.connect(options).toCompletionStage().toCompletableFuture();
        try {
            WebSocket accepted = attempt.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            accepted.close();
            throw new AssertionError("The upgrade was accepted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UpgradeRejectedException rejected) {
                return rejected.getStatus();
            }
            throw new AssertionError("The upgrade failed without an HTTP answer", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("No answer to the upgrade", e);
        }
    }

    public static int refusal(BrowserSession session, UUID visitId) {
        return refusal(options(session, visitId));
    }

    public SignalClient send(JsonObject message) {
        await(socket.writeTextMessage(message.encode()).toCompletionStage().toCompletableFuture());
        return this;
    }

    public SignalClient sendText(String text) {
        await(socket.writeTextMessage(text).toCompletionStage().toCompletableFuture());
        return this;
    }

    public SignalClient sendBinary(byte[] bytes) {
        await(socket.writeBinaryMessage(Buffer.buffer(bytes))
                .toCompletionStage()
                .toCompletableFuture());
        return this;
    }

    /** The next message, whatever it is. */
    public JsonObject next() {
        try {
            JsonObject message = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("No message within " + WAIT.toSeconds() + " s");
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next message, which must be of this type. */
    public JsonObject expect(String type) {
        JsonObject message = next();
        if (!type.equals(message.getString("type"))) {
            throw new AssertionError("Expected a " + type + " message, got " + message.encode());
        }
        return message;
    }

    /** Skips messages until one of this type arrives. */
    public JsonObject awaitType(String type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<JsonObject> skipped = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            JsonObject message = next();
            if (type.equals(message.getString("type"))) {
                return message;
            }
            skipped.add(message);
        }
        throw new AssertionError("No " + type + " message; got " + skipped);
    }

    /** The messages that have arrived so far. */
    public List<JsonObject> drain() {
        List<JsonObject> all = new ArrayList<>();
        received.drainTo(all);
        return all;
    }

    public Close awaitClose() {
        return await(closed);
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isClosed()) {
            socket.close();
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (TimeoutException e) {
            throw new AssertionError("Nothing within " + WAIT.toSeconds() + " s", e);
        }
    }
}
