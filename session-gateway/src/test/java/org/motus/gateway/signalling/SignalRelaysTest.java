package org.motus.gateway.signalling;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignalRelaysTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void theLocalRelayIsTheDefaultAndNeedsNoRedis() {
        assertThat(
                new SignalRelays()
                        .relay(
                                config(SignallingConfig.RelayKind.LOCAL, Optional.empty()),
                                vertx,
                                SignalRelaysTest::noRedis),
                instanceOf(LocalSignalRelay.class));
    }

    @Test
    void theRedisRelayWithoutAUrlStopsTheStartAndSaysWhatToSet() {
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> new SignalRelays()
                        .relay(
                                config(SignallingConfig.RelayKind.REDIS, Optional.empty()),
                                vertx,
                                SignalRelaysTest::noRedis));
        assertThat(refused.getMessage(), containsString("MOTUS_SIGNALLING_REDIS_URL"));
    }

    /** The local relay never asks for a Redis client. */
    private static Redis noRedis() {
        throw new AssertionError("No Redis client may be created");
    }

    private static SignallingConfig config(SignallingConfig.RelayKind kind, Optional<String> url) {
        return new SignallingConfig() {
            @Override
            public int maxMessageBytes() {
                return 65536;
            }

            @Override
            public double ratePerSecond() {
                return 20;
            }

            @Override
            public int burst() {
                return 40;
            }

            @Override
            public Duration idleTimeout() {
                return Duration.ofSeconds(60);
            }

            @Override
            public RelayKind relay() {
                return kind;
            }

            @Override
            public RedisRelay redis() {
                return new RedisRelay() {
                    @Override
                    public Optional<String> url() {
                        return url;
                    }

                    @Override
                    public Optional<String> password() {
                        return Optional.empty();
                    }

                    @Override
                    public String prefix() {
                        return "motus:signalling";
                    }

                    @Override
                    public Duration replicaTimeout() {
                        return Duration.ofSeconds(10);
                    }
                };
            }
        };
    }
}
