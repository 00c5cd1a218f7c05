package org.motus.patient.openapi;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same checks on the packaged jar (target/quarkus-app), started by failsafe in {@code verify}
 * against the embedded PostgreSQL and the WireMock token issuer of {@link OpenApiTest}: the jar
 * starts, migrates its database and serves the document the web's types are generated from.
 */
@QuarkusIntegrationTest
class OpenApiIT extends OpenApiTest {}
