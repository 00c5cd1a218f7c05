package org.motus.patient.testing;

import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed access tokens shaped like Keycloak's (realm_access.roles, audience motus-api), verified by
 * the service against the WireMock OIDC server's keys. One place builds every test caller.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";

    private Tokens() {}

    /** A test caller; their account exists in {@link FakeAccounts} with their role, as in Keycloak. */
    public record Person(String subject, String name, String role) {
        public Person {
            FakeAccounts.register(subject, role);
        }

        public String token() {
            return Jwt.issuer(ISSUER)
                    .subject(subject)
                    .audience("motus-api")
                    .claim("name", name)
                    .claim("preferred_username", name.toLowerCase().replace(' ', '.'))
                    .claim("realm_access", Map.of("roles", List.of(role)))
                    .sign();
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

    public static String withAudience(Person person, String audience) {
        return Jwt.issuer(ISSUER)
                .subject(person.subject())
                .audience(audience)
                .claim("realm_access", Map.of("roles", List.of(person.role())))
                .sign();
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
                .sign();
    }

    /** The person's token with an {@code email} claim, as Keycloak's for a user with a verified address. */
    public static String withEmail(Person person, String email) {
        return Jwt.issuer(ISSUER)
                .subject(person.subject())
                .audience("motus-api")
                .claim("name", person.name())
                .claim("email", email)
                .claim("email_verified", true)
                .claim("realm_access", Map.of("roles", List.of(person.role())))
                .sign();
    }

    /**
     * A machine client's token as Keycloak's client-credentials grant makes it: the service
     * account's subject, {@code azp} the client id, realm role fhir-client, the granted SMART scopes
     * in {@code scope} and, for a {@code patient/} scope, the patient in a {@code patient} claim.
     */
    public record Machine(String subject, String clientId, String scope, UUID patient) {
        public String token() {
            var builder = Jwt.issuer(ISSUER)
                    .subject(subject)
                    .audience("motus-api")
                    .claim("azp", clientId)
                    .claim("preferred_username", "service-account-" + clientId)
                    .claim("scope", scope)
                    .claim("realm_access", Map.of("roles", List.of("fhir-client", "default-roles-motus")));
            if (patient != null) {
                builder.claim("patient", patient.toString());
            }
            return builder.sign();
        }
    }

    public static Machine machine(String clientId, String scope) {
        return new Machine(UUID.randomUUID().toString(), clientId, scope, null);
    }

    public static Machine machineFor(String clientId, String scope, UUID patient) {
        return new Machine(UUID.randomUUID().toString(), clientId, scope, patient);
    }

    /** A person's token that also carries SMART scopes (a third-party app signed in as them). */
    public static String withScope(Person person, String scope) {
        return Jwt.issuer(ISSUER)
                .subject(person.subject())
                .audience("motus-api")
                .claim("name", person.name())
                .claim("scope", scope)
                .claim("realm_access", Map.of("roles", List.of(person.role())))
                .sign();
    }
}
