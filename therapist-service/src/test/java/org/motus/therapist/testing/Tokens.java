package org.motus.therapist.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed access tokens shaped like Keycloak's (realm_access.roles, audience motus-api), verified by
 * the service against the WireMock OIDC server's keys. One place builds every test caller. A
 * person's token is signed once and reused, so the patient-service stub can recognise the caller
 * by it, as the real patient-service recognises the token's subject.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    /**
     * The WireMock OIDC server's private key (in quarkus-test-oidc-server's jar), named here rather than
     * through {@code smallrye.jwt.sign.key.location}: under {@code @QuarkusIntegrationTest} the test
     * resources' config reaches the packaged application, not this JVM.
     */
    private static final String SIGNING_KEY = "privateKey.jwk";

    // Demo users of patient-service's README (fixed Keycloak subjects).
    public static final Person TESS = new Person("7e5a0c1e-0000-4000-8000-000000000001", "Tess Therapist", "therapist");
    public static final Person PAT = new Person("7e5a0c1e-0000-4000-8000-000000000002", "Pat Patient", "patient");
    public static final Person PAULA = new Person("7e5a0c1e-0000-4000-8000-000000000003", "Paula Patient", "patient");
    public static final Person ADAM = new Person("7e5a0c1e-0000-4000-8000-000000000004", "Adam Admin", "admin");
    /** A therapist in the same clinic who treats none of the test patients. */
    public static final Person OTTO = new Person("7e5a0c1e-0000-4000-8000-0000000000f1", "Otto Outsider", "therapist");

    private static final Map<Person, String> SIGNED = new ConcurrentHashMap<>();

    private Tokens() {}

    public record Person(String subject, String name, String role) {
        public String token() {
            return SIGNED.computeIfAbsent(
                    this,
                    p -> Jwt.issuer(ISSUER)
                            .subject(p.subject())
                            .audience("motus-api")
                            .claim("name", p.name())
                            .claim("preferred_username", p.name().toLowerCase().replace(' ', '.'))
                            .claim("realm_access", Map.of("roles", List.of(p.role())))
                            .expiresIn(Duration.ofHours(12))
                            .sign(SIGNING_KEY));
        }
    }

    public static Person patient(String name) {
        return new Person(UUID.randomUUID().toString(), name, "patient");
    }

    public static Person therapist(String name) {
        return new Person(UUID.randomUUID().toString(), name, "therapist");
    }

    public static Person admin(String name) {
        return new Person(UUID.randomUUID().toString(), name, "admin");
    }

    /** The person's token, issued five minutes before it expires at {@code expiresAt} (past for an expired one). */
    public static String expiringAt(Person person, Instant expiresAt) {
        return Jwt.issuer(ISSUER)
                .subject(person.subject())
                .audience("motus-api")
                .claim("name", person.name())
                .claim("realm_access", Map.of("roles", List.of(person.role())))
                .issuedAt(expiresAt.minusSeconds(300))
                .expiresAt(expiresAt)
                .sign(SIGNING_KEY);
    }

    public static String withAudience(Person person, String audience) {
        return Jwt.issuer(ISSUER)
                .subject(person.subject())
                .audience(audience)
                .claim("realm_access", Map.of("roles", List.of(person.role())))
                .sign(SIGNING_KEY);
    }

    /**
     * A machine client's token as Keycloak's client-credentials grant makes it: realm role
     * fhir-client, {@code azp} the client id, the SMART scopes in {@code scope} and, for a
     * {@code patient/} scope, the patient in a {@code patient} claim (null: none).
     */
    public static String machine(String subject, String clientId, String scope, UUID patient) {
        var builder = Jwt.issuer(ISSUER)
                .subject(subject)
                .audience("motus-api")
                .claim("azp", clientId)
                .claim("scope", scope)
                .claim("realm_access", Map.of("roles", List.of("fhir-client")));
        if (patient != null) {
            builder.claim("patient", patient.toString());
        }
        return builder.sign(SIGNING_KEY);
    }
}
