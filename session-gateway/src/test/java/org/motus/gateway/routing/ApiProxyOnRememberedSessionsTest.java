package org.motus.gateway.routing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.gateway.testing.ProductionRecheck;
import org.motus.localpostgres.PostgresTestResource;

/**
 * Every case of {@link ApiProxyTest} again, on sessions the replica remembers: the calls that the
 * short way serves (RememberedSessionProxy) must get what the long way gives.
 */
@QuarkusTest
@TestProfile(ProductionRecheck.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class ApiProxyOnRememberedSessionsTest extends ApiProxyTest {

    @BeforeEach
    void remember() {
        assertThat(session().get("/api/v1/me").statusCode(), equalTo(200));
        forgetCalls();
    }
}
