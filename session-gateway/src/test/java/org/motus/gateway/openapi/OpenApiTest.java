package org.motus.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.motus.gateway.testing.FakeServicesResource;
import org.motus.localpostgres.PostgresTestResource;
import org.motus.problem.testing.OpenApiDocumentContract;

/**
 * The gateway's document (its own endpoints only; what it forwards is described by the services)
 * passes the checks every Motus service's document must pass (inherited), and is the committed
 * {@code openapi/openapi.json} the web's types are generated from.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FakeServicesResource.class)
@WithTestResource(PostgresTestResource.class)
class OpenApiTest extends OpenApiDocumentContract {

    /** Committed: web/ is built before the gateway (which packages it), so it cannot wait for target/. */
    static final Path COMMITTED = Path.of("openapi", "openapi.json");

    @Test
    void theCommittedDocumentTheWebTypesComeFromIsTheOneServed() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String served = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode committed = json.readTree(Files.readString(COMMITTED));
        JsonNode now = json.readTree(served);
        // What the web's types are made of; servers and the issuer's URL depend on where it runs.
        if (!committed.path("paths").equals(now.path("paths"))
                || !committed.at("/components/schemas").equals(now.at("/components/schemas"))) {
            Path fresh = Path.of("target", "openapi-served.json");
            Files.createDirectories(fresh.getParent());
            Files.writeString(fresh, json.writerWithDefaultPrettyPrinter().writeValueAsString(now));
            fail("The gateway's OpenAPI document changed, so the web's generated types would be stale. "
                    + "Check the change, then: cp session-gateway/" + fresh + " session-gateway/" + COMMITTED
                    + " (or ./mvnw package -pl session-gateway and copy target/openapi/openapi.json), "
                    + "and run the web's typecheck.");
        }
    }
}
