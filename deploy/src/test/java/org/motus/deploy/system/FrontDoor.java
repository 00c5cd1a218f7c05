package org.motus.deploy.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer for system tests: a TCP proxy on one local port that hands each new connection
 * to the first backend port that accepts it, in the order given. Connections already open stay
 * with their backend and end when it ends, as behind a real load balancer when a replica dies.
 */
final class FrontDoor implements AutoCloseable {

    private final ServerSocket server;
    private final List<Integer> backends;
    private final AtomicInteger[] connections;
    private volatile boolean open = true;

    private FrontDoor(ServerSocket server, List<Integer> backends) {
        this.server = server;
        this.backends = List.copyOf(backends);
        this.connections = new AtomicInteger[backends.size()];
        for (int i = 0; i < connections.length; i++) {
            connections[i] = new AtomicInteger();
        }
    }

    static FrontDoor open(int port, List<Integer> backends) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        FrontDoor door = new FrontDoor(server, backends);
        Thread accept = new Thread(door::acceptLoop, "front-door-" + port);
        accept.setDaemon(true);
        accept.start();
        return door;
    }

    int port() {
        return server.getLocalPort();
    }

    /** How many connections the backend at {@code index} (in the order given) has been handed. */
    int handedTo(int index) {
        return connections[index].get();
    }

    private void acceptLoop() {
        while (open) {
            try {
                Socket client = server.accept();
                Thread connection = new Thread(() -> forward(client), "front-door-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                if (open) {
                    System.out.println("[front-door] accept failed: " + e.getMessage());
                }
            }
        }
    }

    private void forward(Socket client) {
        Socket backend = null;
        for (int i = 0; i < backends.size() && backend == null; i++) {
            Socket attempt = new Socket();
            try {
                attempt.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), backends.get(i)), 1_000);
                backend = attempt;
                connections[i].incrementAndGet();
            } catch (IOException refused) {
                closeQuietly(attempt);
            }
        }
        if (backend == null) {
            closeQuietly(client);
            return;
        }
        Socket upstream = backend;
        Thread back = new Thread(() -> pipe(upstream, client), "front-door-back");
        back.setDaemon(true);
        back.start();
        pipe(client, upstream);
    }

    /** Copies until either side ends, then ends both (a dead backend ends its clients' connections). */
    private static void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException ended) {
            // the other side is gone
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        server.close();
    }
}
