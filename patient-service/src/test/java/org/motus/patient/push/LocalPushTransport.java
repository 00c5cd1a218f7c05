package org.motus.patient.push;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;

/**
 * In {@code @QuarkusTest}s push messages go out with a client that trusts the {@link LocalPushService}'s
 * certificate only: endpoints elsewhere (push.example.net in other tests) fail as before.
 */
@Mock
@ApplicationScoped
public class LocalPushTransport extends PushTransport {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .sslContext(LocalPushService.get().trustingContext())
            .build();

    @Override
    public HttpClient client() {
        return client;
    }
}
