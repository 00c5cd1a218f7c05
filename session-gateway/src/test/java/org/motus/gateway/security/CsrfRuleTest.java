package org.motus.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every case of the CSRF rule: method x X-Requested-By x Origin against the gateway's own origin. */
class CsrfRuleTest {

    @ParameterizedTest(name = "{0} X-Requested-By={1} Origin={2} to {3}://{4} -> {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // safe methods pass whatever they carry
                "GET,     -,          https://evil.example,   http,  localhost:8080, pass",
                "HEAD,    -,          -,                      http,  localhost:8080, pass",
                "OPTIONS, -,          -,                      http,  localhost:8080, pass",
                // state-changing methods need the header
                "POST,    -,          -,                      http,  localhost:8080, refuse",
                "PUT,     -,          -,                      http,  localhost:8080, refuse",
                "PATCH,   -,          -,                      http,  localhost:8080, refuse",
                "DELETE,  -,          -,                      http,  localhost:8080, refuse",
                "post,    -,          -,                      http,  localhost:8080, refuse",
                "POST,    other-app,  -,                      http,  localhost:8080, refuse",
                "POST,    MOTUS-WEB,  -,                      http,  localhost:8080, refuse",
                "POST,    motus-web,  -,                      http,  localhost:8080, pass",
                // and, when the browser names an origin, the gateway's own
                "POST,    motus-web,  http://localhost:8080,  http,  localhost:8080, pass",
                "DELETE,  motus-web,  http://LOCALHOST:8080,  http,  localhost:8080, pass",
                "POST,    motus-web,  https://motus.example,  https, motus.example,  pass",
                "POST,    motus-web,  https://motus.example,  https, motus.example:443, pass",
                "POST,    motus-web,  http://localhost:8081,  http,  localhost:8080, refuse",
                "POST,    motus-web,  https://localhost:8080, http,  localhost:8080, refuse",
                "POST,    motus-web,  https://evil.example,   http,  localhost:8080, refuse",
                "POST,    motus-web,  null,                   http,  localhost:8080, refuse",
                "POST,    motus-web,  not a url,              http,  localhost:8080, refuse",
                "POST,    motus-web,  http://localhost:8080,  http,  -,              refuse",
            })
    void stateChangingCallsNeedTheHeaderAndTheGatewaysOwnOrigin(
            String method, String requestedBy, String origin, String ownScheme, String ownHost, String expected) {
        boolean refused = CsrfRule.violation(method, requestedBy, origin, ownScheme, ownHost)
                .isPresent();
        assertEquals(expected.equals("refuse"), refused);
    }
}
