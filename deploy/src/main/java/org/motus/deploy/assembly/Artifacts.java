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
 * distribution and the GreenMail standalone jar that Maven copied into {@code deploy/target}, and
 * the realm files. Nothing is downloaded at run time.
 */
public record Artifacts(
        Path repository, Path keycloakZip, String keycloakVersion, Path greenMailJar, String greenMailVersion) {

    public static final List<String> SERVICES = List.of("patient-service", "therapist-service", "session-gateway");

    public Artifacts {
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(keycloakZip, "keycloakZip");
        Objects.requireNonNull(keycloakVersion, "keycloakVersion");
        Objects.requireNonNull(greenMailJar, "greenMailJar");
        Objects.requireNonNull(greenMailVersion, "greenMailVersion");
        repository = repository.toAbsolutePath().normalize();
        keycloakZip = keycloakZip.toAbsolutePath().normalize();
        greenMailJar = greenMailJar.toAbsolutePath().normalize();
    }

    /**
     * The layout of a built checkout: {@code deploy/target/keycloak-dist/keycloak-quarkus-dist-<version>.zip}
     * and {@code deploy/target/greenmail/greenmail-standalone-<version>.jar}.
     */
    public static Artifacts inRepository(Path repository) {
        String version = builtKeycloakVersion();
        Path zip = repository.resolve("deploy/target/keycloak-dist/keycloak-quarkus-dist-" + version + ".zip");
        String greenMail = builtVersion("greenmail.version");
        Path greenMailJar = repository.resolve("deploy/target/greenmail/greenmail-standalone-" + greenMail + ".jar");
        return new Artifacts(repository, zip, version, greenMailJar, greenMail);
    }

    public Artifacts withKeycloakZip(Path zip) {
        return new Artifacts(repository, zip, keycloakVersion, greenMailJar, greenMailVersion);
    }

    /** The Keycloak version this module was built with (the root pom's keycloak.version). */
    public static String builtKeycloakVersion() {
        return builtVersion("keycloak.version");
    }

    private static String builtVersion(String name) {
        Properties versions = new Properties();
        try (InputStream in = Artifacts.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the deploy jar");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions.getProperty(name);
    }

    public Path serviceJar(String module) {
        return repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The realm a deployment imports: no demo users, no password-grant client. */
    public Path realm() {
        return repository.resolve("deploy/keycloak/motus-realm.json");
    }

    /** What the launcher and the system tests add to it: demo users (staff pre-enrolled in TOTP) and the demo-only test client. */
    public Path demoRealmOverlay() {
        return repository.resolve("deploy/keycloak/motus-realm-demo.json");
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
        if (!Files.isRegularFile(greenMailJar)) {
            missing.add(greenMailJar.toString());
        }
        for (Path realmFile : List.of(realm(), demoRealmOverlay())) {
            if (!Files.isRegularFile(realmFile)) {
                missing.add(repository.relativize(realmFile).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new AssemblyException("Not built yet: " + String.join(", ", missing)
                    + ". Build first: ./mvnw -B install -DskipTests (from " + repository + ")");
        }
    }
}
