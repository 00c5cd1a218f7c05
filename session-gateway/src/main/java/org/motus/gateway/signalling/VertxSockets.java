package org.motus.gateway.signalling;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quarkus.websockets.next.runtime.WebSocketConnectionBase;
import io.vertx.core.http.WebSocketBase;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.jboss.logging.Logger;

/**
 * The Vert.x WebSocket under a websockets-next connection, so that {@link Participant} can write
 * to it with a Vert.x completion handler instead of websockets-next's {@code sendText}, which
 * builds, subscribes and context-propagates a Mutiny {@code Uni} for every message (ADR 0018: that
 * was a tenth of the per-message cost of relaying).
 * <p>
 * websockets-next (3.33) has no public accessor: {@code WebSocketConnectionBase#webSocket()} is
 * package-private. It is looked up once, as a method handle (both are in unnamed modules on the
 * class path, whose packages are open), and called once per connection. Should a Quarkus upgrade
 * remove it, {@link #of} answers null and {@link Participant} sends through
 * {@link WebSocketConnection#sendText(String)} as before, only slower; {@code VertxSocketsTest}
 * fails in that case, so the fallback is never taken unnoticed.
 * <p>
 * Writing past websockets-next skips its traffic log and its sent-message metrics
 * ({@code quarkus.websockets-next.server.traffic-logging.*}, {@code ...metrics.enabled}), both off here.
 */
final class VertxSockets {

    private static final Logger LOG = Logger.getLogger(VertxSockets.class);
    private static final MethodHandle WEB_SOCKET = find();

    private VertxSockets() {}

    /** Whether this Quarkus version lets the direct write path be used at all. */
    static boolean available() {
        return WEB_SOCKET != null;
    }

    /** The connection's Vert.x socket, or null when it cannot be reached (then send through the connection). */
    static WebSocketBase of(WebSocketConnection connection) {
        if (WEB_SOCKET == null || !(connection instanceof WebSocketConnectionBase base)) {
            return null;
        }
        try {
            return (WebSocketBase) WEB_SOCKET.invokeExact(base);
        } catch (Throwable e) {
            LOG.debugf("No Vert.x socket under %s: %s", connection.id(), e.toString());
            return null;
        }
    }

    private static MethodHandle find() {
        try {
            return MethodHandles.privateLookupIn(WebSocketConnectionBase.class, MethodHandles.lookup())
                    .findVirtual(
                            WebSocketConnectionBase.class, "webSocket", MethodType.methodType(WebSocketBase.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf(
                    "Signalling sends through websockets-next's Uni API (slower): no access to the Vert.x socket (%s)",
                    e.toString());
            return null;
        }
    }
}
