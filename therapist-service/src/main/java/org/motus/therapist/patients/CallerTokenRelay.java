package org.motus.therapist.patients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Sends the caller's own bearer token to patient-service, so that service applies its access
 * rules to the real caller. (The quarkus-rest-client-oidc-token-propagation extension does the
 * same; it does not resolve from the registry this build uses, so this is the few lines it would be.)
 */
@ApplicationScoped
public class CallerTokenRelay implements ClientHeadersFactory {

    private final JsonWebToken token;

    public CallerTokenRelay(JsonWebToken token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String raw = token.getRawToken();
        if (raw != null) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + raw);
        }
        return headers;
    }
}
