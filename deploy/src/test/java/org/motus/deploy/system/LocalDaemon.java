package org.motus.deploy.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Debian daemon the system tests start themselves (redis-server, coturn's turnserver) on a
 * loopback port: output in a log under {@code target/}, waited for until it accepts TCP
 * connections, stopped by the test. A missing binary fails the test with the package to install
 * ({@code .ci/run} installs both).
 */
final class LocalDaemon implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private LocalDaemon(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** A throwaway {@code redis-server} on {@code port} (no persistence), for the gateways' signalling relay. */
    static LocalDaemon redis(int port, Path workingDirectory) {
        return start(
                "redis-server",
                "redis-server",
                port,
                List.of(
                        "/usr/bin/redis-server",
                        "--port",
                        String.valueOf(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no"),
                workingDirectory);
    }

    static LocalDaemon start(String name, String debianPackage, int port, List<String> command, Path workingDirectory) {
        Path binary = Path.of(command.get(0));
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException(binary + " is missing: install Debian's " + debianPackage
                    + " package (apt-get install -y " + debianPackage + "; .ci/run does this)");
        }
        try {
            Files.createDirectories(workingDirectory);
            Path log = workingDirectory.resolve(name + ".log");
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            LocalDaemon daemon = new LocalDaemon(name, process, log);
            daemon.awaitListening(port);
            return daemon;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    private void awaitListening(int port) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited (" + process.exitValue() + "): " + tail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        throw new IllegalStateException(name + " did not listen on port " + port + " within 20 s: " + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * A free loopback port in [from, to], for the things a test starts itself. Keep the ranges below
     * Linux's ephemeral ports (32768-60999): a port there can be taken, between this check and the
     * server's bind, by any outgoing connection, the started server's own included (a gateway replica
     * failed with "Address already in use" on 41080 after connecting to Redis and PostgreSQL).
     */
    static int freePort(int from, int to) {
        for (int port = from; port <= to; port++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return port;
            } catch (IOException taken) {
                // next
            }
        }
        throw new IllegalStateException("No free port in " + from + "-" + to);
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
