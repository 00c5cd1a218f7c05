package org.motus.patient.openapi;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.OpenApiDocumentContract;

/** This service's OpenAPI document passes the checks every Motus service's document must pass (inherited). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiTest extends OpenApiDocumentContract {}
