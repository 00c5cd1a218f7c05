package org.motus.gateway.me;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link MeResourceTest}'s checks against the packaged gateway (target/quarkus-app), a real login included. */
@QuarkusIntegrationTest
class MeResourceIT extends MeResourceTest {}
