package org.motus.gateway.signalling;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The benchmark's baseline: a bare Vert.x WebSocket relay, {@code ws://127.0.0.1:port/relay/<room>/<0|1>},
 * that forwards every text message to the other socket of the room. No authentication, no
 * validation, no rate limit, no database: what relaying alone costs on this machine. It runs
 * as many event loops (and server instances) as the gateway's HTTP server.
 */
final class BareRelay implements AutoCloseable {

    private final Vertx vertx;
    private final int port;
    private final Map<String, AtomicReferenceArray<ServerWebSocket>> rooms = new ConcurrentHashMap<>();

    private BareRelay(int eventLoops) throws Exception {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        port = freePort();
        vertx.deployVerticle(
                        () -> new AbstractVerticle() {
                            @Override
                            public void start(Promise<Void> started) {
                                vertx.createHttpServer(new HttpServerOptions()
                                                .setHost("127.0.0.1")
                                                .setPort(port)
                                                .setMaxWebSocketFrameSize(262144)
                                                .setMaxWebSocketMessageSize(262144))
                                        .requestHandler(
                                                request -> request.toWebSocket().onSuccess(BareRelay.this::accept))
                                        .listen()
                                        .<Void>mapEmpty()
                                        .onComplete(started);
                            }
                        },
                        new DeploymentOptions().setInstances(eventLoops))
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    static BareRelay start(int eventLoops) throws Exception {
        return new BareRelay(eventLoops);
    }

    int port() {
        return port;
    }

    private void accept(ServerWebSocket socket) {
        String[] parts = socket.path().split("/");
        if (parts.length != 4 || !parts[1].equals("relay")) {
            socket.close((short) 1008, "bad path");
            return;
        }
        int side = parts[3].equals("0") ? 0 : 1;
        AtomicReferenceArray<ServerWebSocket> room =
                rooms.computeIfAbsent(parts[2], k -> new AtomicReferenceArray<>(2));
        room.set(side, socket);
        socket.textMessageHandler(text -> {
            ServerWebSocket peer = room.get(1 - side);
            if (peer != null) {
                peer.writeTextMessage(text);
            }
        });
        socket.closeHandler(v -> room.compareAndSet(side, socket, null));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
