package org.motus.gateway.routing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.util.concurrent.EventExecutor;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.localpostgres.PostgresTestResource;

/**
 * The proxy's upstream client is chosen by the caller's event loop, so a call's upstream leg stays on
 * the loop that serves the browser (issue 18): the same loop always gets the same client, two loops
 * never share one, and a call forwarded from a worker thread gets the shared client. On Linux (x86-64
 * and ARM64, the platforms whose epoll library the gateway carries) Vert.x runs on epoll.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class ApiProxyClientsTest {

    @Inject
    ApiProxy proxy;

    @Inject
    Vertx vertx;

    @Test
    void eachEventLoopHasItsOwnClientAndKeepsIt() throws Exception {
        List<Seen> seen = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (EventExecutor loop : vertx.nettyEventLoopGroup()) {
                seen.add(on(loop));
            }
        }
        Set<Thread> loops = new HashSet<>();
        Set<HttpClient> clients = new HashSet<>();
        for (Seen one : seen) {
            loops.add(one.thread());
            clients.add(one.client());
            for (Seen other : seen) {
                if (one.thread() == other.thread()) {
                    assertThat(one.client(), sameInstance(other.client()));
                } else {
                    assertThat(one.client(), not(sameInstance(other.client())));
                }
            }
        }
        assertThat("the test saw two event loops at least", loops.size() > 1);
        assertThat(clients, hasSize(loops.size()));
    }

    @Test
    void aWorkerThreadGetsTheSharedClient() throws Exception {
        Seen loop = on(vertx.nettyEventLoopGroup().next());
        HttpClient fromWorker = vertx.executeBlocking(() -> proxy.client())
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        HttpClient again = vertx.executeBlocking(() -> proxy.client())
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        assertThat(fromWorker, sameInstance(again));
        assertThat(fromWorker, not(sameInstance(loop.client())));
    }

    @Test
    void onLinuxTheEventLoopsRunOnEpoll() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        assumeTrue(os.contains("linux") && List.of("amd64", "x86_64", "aarch64").contains(arch), "epoll: Linux only");
        assertThat(
                "Vert.x on Netty's epoll transport (quarkus.vertx.prefer-native-transport and the library in pom.xml)",
                vertx.isNativeTransportEnabled());
    }

    private Seen on(EventExecutor loop) throws Exception {
        return loop.submit(() -> {
                    assertThat("runs on an event loop", Context.isOnEventLoopThread());
                    return new Seen(Thread.currentThread(), proxy.client());
                })
                .get(10, TimeUnit.SECONDS);
    }

    private record Seen(Thread thread, HttpClient client) {}
}
