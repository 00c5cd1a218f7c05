package org.motus.patient.push;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The HTTP client push messages leave with: the JDK's, trusting the JDK's certificate authorities
 * (push services are public HTTPS endpoints). Its own bean so a test can put a local push service
 * with a certificate of its own behind it.
 */
@ApplicationScoped
public class PushTransport {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    public HttpClient client() {
        return client;
    }
}
