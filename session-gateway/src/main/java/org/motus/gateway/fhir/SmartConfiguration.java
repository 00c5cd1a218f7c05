package org.motus.gateway.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.motus.gateway.config.RouteOrder;

/**
 * {@code GET /fhir/R4/.well-known/smart-configuration} (public): where another system gets a token
 * for the FHIR API and which SMART scopes it may ask for (ADR 0054). Backend services only: the
 * client credentials grant at Keycloak's token endpoint; Motus launches no SMART apps.
 */
@ApplicationScoped
public class SmartConfiguration {

    static final String PATH = "/fhir/R4/.well-known/smart-configuration";

    /** The types the realm has a {@code system/} and {@code patient/} read scope for. */
    static final List<String> TYPES = List.of(
            "Patient",
            "Observation",
            "QuestionnaireResponse",
            "Questionnaire",
            "Flag",
            "Consent",
            "CareTeam",
            "Practitioner",
            "CarePlan",
            "PlanDefinition",
            "Appointment",
            "AuditEvent");

    private final String issuer;

    SmartConfiguration(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.issuer = issuer.replaceAll("/+$", "");
    }

    void register(@Observes Router router) {
        router.get(PATH).order(RouteOrder.API_PROXY).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        context.response()
                .setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "max-age=3600")
                .end(document(issuer).toString());
    }

    /** The document for an issuer (Keycloak realm URL). Pure, for tests. */
    static ObjectNode document(String issuer) {
        ObjectNode document = new ObjectMapper().createObjectNode();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/protocol/openid-connect/certs");
        document.put("token_endpoint", issuer + "/protocol/openid-connect/token");
        document.putArray("token_endpoint_auth_methods_supported")
                .add("client_secret_basic")
                .add("client_secret_post")
                .add("private_key_jwt");
        document.putArray("grant_types_supported").add("client_credentials");
        ArrayNode scopes =
                document.putArray("scopes_supported").add("system/*.read").add("patient/*.read");
        TYPES.forEach(type -> scopes.add("system/" + type + ".read").add("patient/" + type + ".read"));
        document.putArray("capabilities").add("client-confidential-symmetric").add("permission-v1");
        return document;
    }
}
