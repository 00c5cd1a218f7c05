package org.motus.therapist.library;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The library's HTTP checks again, against the packaged application (target/quarkus-app) started as
 * its own process, with the same embedded PostgreSQL, OIDC server and patient-service stub.
 */
@QuarkusIntegrationTest
class ExerciseResourceIT extends ExerciseResourceTest {}
