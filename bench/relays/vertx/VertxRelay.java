import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The bare Vert.x WebSocket relay the signalling benchmark compares the gateway with: a socket on
 * /room/{id} gets every text frame another socket of the same room sends, nothing else (no
 * session, no checks, no JSON). Vert.x defaults throughout, as a tutorial would write it; the second
 * argument may override the permessage-deflate answer (accept|refuse; default: Vert.x's own,
 * which accepts). One server without verticles: one event loop, like the simplest relay.
 */
public final class VertxRelay {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        String answer = args.length > 1 ? args[1] : "default";
        boolean deflate = answer.equals("default") ? new HttpServerOptions().getPerMessageWebSocketCompressionSupported()
                : answer.equals("accept");
        Vertx vertx = Vertx.vertx();
        Map<String, Set<ServerWebSocket>> rooms = new HashMap<>();
        HttpServerOptions options = new HttpServerOptions()
                .setPerMessageWebSocketCompressionSupported(deflate);
        vertx.createHttpServer(options).webSocketHandler(socket -> {
            if (!socket.path().startsWith("/room/")) {
                socket.reject(404);
                return;
            }
            Set<ServerWebSocket> room = rooms.computeIfAbsent(socket.path(), path -> new HashSet<>());
            room.add(socket);
            socket.textMessageHandler(message -> {
                for (ServerWebSocket other : room) {
                    if (other != socket) {
                        other.writeTextMessage(message);
                    }
                }
            });
            socket.closeHandler(closed -> {
                room.remove(socket);
                if (room.isEmpty()) {
                    rooms.remove(socket.path());
                }
            });
        }).listen(port, "127.0.0.1").onComplete(result -> {
            if (result.succeeded()) {
                System.out.println("vertx relay listening on " + port + " (permessage-deflate " + (deflate ? "accepted" : "refused") + ")");
            } else {
                result.cause().printStackTrace();
                System.exit(1);
            }
        });
    }
}
