package org.motus.gateway.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.BrowserSession;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.Person;
import org.motus.gateway.testing.ProductionRecheck;
import org.motus.localpostgres.PostgresTestResource;

/**
 * Every case of {@link WriteRateLimitTest} again, on sessions the replica remembers, whose proxied
 * writes take the short way (routing.RememberedSessionProxy): the limit holds there too.
 */
@QuarkusTest
@TestProfile(WriteRateLimitOnRememberedSessionsTest.SmallLimitsRemembered.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class WriteRateLimitOnRememberedSessionsTest extends WriteRateLimitTest {

    public static class SmallLimitsRemembered implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> settings = new HashMap<>(new SmallLimits().getConfigOverrides());
            settings.putAll(ProductionRecheck.SETTINGS);
            return settings;
        }
    }

    @Inject
    MeterRegistry registry;

    @Test
    void theWritesOfARememberedSessionTakeTheShortWay() {
        BrowserSession pat = BrowserSession.signIn(oidc, Person.patient("pat-short", "Pat", "Short"));
        assertThat(pat.get("/api/v1/me").statusCode(), equalTo(200));
        double before =
                registry.counter("motus.gateway.api.remembered-sessions").count();

        assertThat(post(pat, "/api/v1/patients/me/check-ins").statusCode(), equalTo(200));

        assertThat(registry.counter("motus.gateway.api.remembered-sessions").count() - before, equalTo(1.0));
    }
}
