package org.motus.deploy.assembly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * What the build produced and the launcher runs: the services' fast-jars, the Keycloak server
 * distribution that Maven copied into {@code deploy/target}, and the realm file. Nothing is
 * downloaded at run time.
 */
public record Artifacts(Path repository, Path keycloakZip, String keycloakVersion) {

    public static final List<String> SERVICES = List.of("patient-service", "therapist-service", "session-gateway");

    public Artifacts {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(keycloakZip, "keycloakZip");
        Objects.requireNonNull(keycloakVersion, "keycloakVersion");
        repository = repository.toAbsolutePath().normalize();
        keycloakZip = keycloakZip.toAbsolutePath().normalize();
    }

    /** The layout of a built checkout: {@code deploy/target/keycloak-dist/keycloak-quarkus-dist-<version>.zip}. */
    public static Artifacts inRepository(Path repository) {
        String version = builtKeycloakVersion();
        Path zip = repository.resolve("deploy/target/keycloak-dist/keycloak-quarkus-dist-" + version + ".zip");
        return new Artifacts(repository, zip, version);
    }

    public Artifacts withKeycloakZip(Path zip) {
        return new Artifacts(repository, zip, keycloakVersion);
    }

    /** The Keycloak version this module was built with (the root pom's keycloak.version). */
    public static String builtKeycloakVersion() {
        Properties versions = new Properties();
        try (InputStream in = Artifacts.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the deploy jar");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions.getProperty("keycloak.version");
    }

    public Path serviceJar(String module) {
        return repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path realm() {
        return repository.resolve("deploy/keycloak/motus-realm.json");
    }

    /** Fails with one message naming everything that is missing, before anything starts. */
    public void requirePresent() {
        List<String> missing = new ArrayList<>();
        for (String service : SERVICES) {
            if (!Files.isRegularFile(serviceJar(service))) {
                missing.add(repository.relativize(serviceJar(service)).toString());
            }
        }
        if (!Files.isRegularFile(keycloakZip)) {
            missing.add(keycloakZip.toString());
        }
        if (!Files.isRegularFile(realm())) {
            missing.add(repository.relativize(realm()).toString());
        }
        if (!missing.isEmpty()) {
            throw new AssemblyException("Not built yet: " + String.join(", ", missing)
                    + ". Build first: ./mvnw -B install -DskipTests (from " + repository + ")");
        }
    }
}
