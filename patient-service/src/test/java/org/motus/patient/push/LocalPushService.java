package org.motus.patient.push;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A push service on this machine, over HTTPS with a certificate made for this test run (the JDK's
 * keytool, for 127.0.0.1): the subscription table only takes https endpoints, as browsers give them.
 * It answers by the endpoint's first path segment, as a real push service would for such a browser:
 * {@code /gone/...} 410, {@code /missing/...} 404, {@code /broken/...} 500, anything else 201; and it
 * keeps what it received. One per test JVM, started on first use.
 */
public final class LocalPushService {

    /** One request as the push service saw it. */
    public record Received(String path, String contentEncoding, String authorization, int bodyBytes) {}

    private static final String PASSWORD = "local-push-service";
    private static LocalPushService instance;

    private final HttpsServer server;
    private final SSLContext clientContext;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public static synchronized LocalPushService get() {
        if (instance == null) {
            instance = new LocalPushService();
        }
        return instance;
    }

    private LocalPushService() {
        try {
            KeyStore keys = selfSigned();
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, PASSWORD.toCharArray());
            SSLContext serverContext = SSLContext.getInstance("TLS");
            serverContext.init(keyManagers.getKeyManagers(), null, null);

            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("local-push-service", keys.getCertificate("push"));
            TrustManagerFactory trustManagers =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            clientContext = SSLContext.getInstance("TLS");
            clientContext.init(null, trustManagers.getTrustManagers(), null);

            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
            server.createContext("/", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    String path = exchange.getRequestURI().getPath();
                    received.add(new Received(
                            path,
                            exchange.getRequestHeaders().getFirst("Content-Encoding"),
                            exchange.getRequestHeaders().getFirst("Authorization"),
                            body.readAllBytes().length));
                    int status = path.startsWith("/gone/")
                            ? 410
                            : path.startsWith("/missing/") ? 404 : path.startsWith("/broken/") ? 500 : 201;
                    exchange.sendResponseHeaders(status, -1);
                } finally {
                    exchange.close();
                }
            });
            server.start();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Could not start the local push service", e);
        }
    }

    /** A browser's endpoint at this push service, e.g. {@code endpoint("gone", id)} answers 410. */
    public String endpoint(String answer, String id) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/" + answer + "/" + id;
    }

    /** An SSL context that trusts this push service's certificate (and nothing else). */
    public SSLContext trustingContext() {
        return clientContext;
    }

    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** A key pair and a certificate for 127.0.0.1, made by the JDK's keytool into a fresh PKCS12 file. */
    private static KeyStore selfSigned() throws IOException, java.security.GeneralSecurityException {
        Path file = Files.createTempDirectory("local-push").resolve("push.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "push",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "SAN=ip:127.0.0.1,dns:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        file.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        try {
            String output = new String(keytool.getInputStream().readAllBytes());
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }
}
