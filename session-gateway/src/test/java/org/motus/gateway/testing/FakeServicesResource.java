package org.motus.gateway.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The services behind the gateway in tests: fake patient and therapist services (the patient
 * service knows the patients and caseloads registered with {@link FakePatients}), plus two routes
 * to services that fail: {@code /api/v1/down} (nothing listens on its port) and
 * {@code /api/v1/silent} (accepts connections, never answers), and {@code /api/v1/dies} (reads the
 * request's headers, then drops the connection with a reset, as a service killed mid-call does).
 * The upstream timeout is 1 s.
 */
public class FakeServicesResource implements QuarkusTestResourceLifecycleManager {

    public static final long UPSTREAM_TIMEOUT_SECONDS = 1;

    private static FakeService patients;
    private static FakeService therapists;
    private ServerSocket silent;
    private ServerSocket dies;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    public static FakeService patientService() {
        return patients;
    }

    public static FakeService therapistService() {
        return therapists;
    }

    @Override
    public Map<String, String> start() {
        try {
            patients = new FakeService("patient-service");
            patients.respondWith(FakePatients::answer);
            therapists = new FakeService("therapist-service");
            silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::holdConnections, "silent-service");
            acceptor.setDaemon(true);
            acceptor.start();
            dies = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread killer = new Thread(this::resetConnections, "dying-service");
            killer.setDaemon(true);
            killer.start();
            return Map.of(
                    "motus.services.patient-url", patients.baseUrl(),
                    "motus.services.therapist-url", therapists.baseUrl(),
                    "motus.gateway.routes.\"/api/v1/down\"", "http://localhost:" + unusedPort(),
                    "motus.gateway.routes.\"/api/v1/silent\"", "http://127.0.0.1:" + silent.getLocalPort(),
                    "motus.gateway.routes.\"/api/v1/dies\"", "http://127.0.0.1:" + dies.getLocalPort(),
                    "motus.gateway.upstream-timeout", UPSTREAM_TIMEOUT_SECONDS + "S");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void holdConnections() {
        while (!silent.isClosed()) {
            try {
                held.add(silent.accept());
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads each request up to the end of its headers, then resets the connection (SO_LINGER 0). */
    private void resetConnections() {
        while (!dies.isClosed()) {
            try (Socket socket = dies.accept()) {
                InputStream in = socket.getInputStream();
                int matched = 0;
                byte[] end = {'\r', '\n', '\r', '\n'};
                for (int b = in.read(); b >= 0 && matched < end.length; b = in.read()) {
                    matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
                }
                socket.setSoLinger(true, 0);
            } catch (IOException e) {
                if (dies.isClosed()) {
                    return;
                }
            }
        }
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (patients != null) {
            patients.close();
        }
        if (therapists != null) {
            therapists.close();
        }
        try {
            if (silent != null) {
                silent.close();
            }
            if (dies != null) {
                dies.close();
            }
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException ignored) {
            // test shutdown
        }
    }
}
