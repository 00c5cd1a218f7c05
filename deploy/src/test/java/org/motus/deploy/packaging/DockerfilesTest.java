package org.motus.deploy.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.deploy.packaging.KubernetesOverlaysTest.assertNoViolations;

/** deploy/images/&lt;service&gt;/Dockerfile: pinned base, numeric non-root USER, HEALTHCHECK, the fast-jar. */
class DockerfilesTest {

    static final Path IMAGES = Path.of("images");

    @ParameterizedTest
    @EnumSource(MotusService.class)
    void eachServiceImageIsPinnedNonRootAndHealthChecked(MotusService service) throws IOException {
        assertNoViolations(DockerfileRules.check(service, dockerfile(service), dockerignore(service)));
    }

    @Test
    void aMovingOrMissingBaseTagIsReported() throws IOException {
        String dockerfile = dockerfile(MotusService.PATIENT);
        expect(dockerfile.replaceFirst("(?m)^FROM .*$", "FROM eclipse-temurin:latest"), "must be pinned");
        expect(dockerfile.replaceFirst("(?m)^FROM .*$", "FROM eclipse-temurin"), "must be pinned");
        expect(dockerfile.replaceFirst("(?m)^FROM .*$", "FROM eclipse-temurin:17-jre"), "must be pinned");
    }

    @Test
    void aRootOrNamedOrMissingUserIsReported() throws IOException {
        String dockerfile = dockerfile(MotusService.PATIENT);
        expect(dockerfile.replaceFirst("(?m)^USER .*$", ""), "no USER");
        expect(dockerfile.replaceFirst("(?m)^USER .*$", "USER motus"), "must be a numeric uid");
        expect(dockerfile.replaceFirst("(?m)^USER .*$", "USER 0:0"), "USER 0 is root");
        expect(dockerfile + "\nUSER root\n", "must be a numeric uid");
    }

    @Test
    void aMissingHealthcheckIsReported() throws IOException {
        String dockerfile = dockerfile(MotusService.GATEWAY);
        expect(dockerfile.replaceFirst("(?ms)^HEALTHCHECK .*?\\|\\| exit 1$", ""), "no HEALTHCHECK");
        expect(dockerfile + "\nHEALTHCHECK NONE\n", "no HEALTHCHECK");
        expect(dockerfile.replace("/q/health/live", "/"), "must CMD a request to /q/health/live");
    }

    @Test
    void aWrongPortOrLayoutOrAMissingIgnoreFileIsReported() throws IOException {
        String dockerfile = dockerfile(MotusService.THERAPIST);
        expect(MotusService.THERAPIST, dockerfile.replace("EXPOSE 8082", "EXPOSE 8080"), dockerignore(MotusService.THERAPIST), "EXPOSE 8082 missing");
        expect(MotusService.THERAPIST, dockerfile.replace("therapist-service/target", "patient-service/target"), dockerignore(MotusService.THERAPIST), "fast-jar");
        expect(MotusService.THERAPIST, dockerfile, Optional.empty(), "Dockerfile.dockerignore missing");
        expect(MotusService.THERAPIST, dockerfile, Optional.of("!therapist-service/target/quarkus-app\n"), "must start by excluding everything");
    }

    private static void expect(String dockerfile, String violation) throws IOException {
        expect(MotusService.PATIENT, dockerfile, dockerignore(MotusService.PATIENT), violation);
    }

    private static void expect(MotusService service, String dockerfile, Optional<String> dockerignore, String violation) {
        List<String> violations = DockerfileRules.check(service, dockerfile, dockerignore);
        assertTrue(violations.stream().anyMatch(v -> v.contains(violation)),
                () -> "expected a violation containing \"" + violation + "\", got " + violations);
    }

    private static String dockerfile(MotusService service) throws IOException {
        return Files.readString(IMAGES.resolve(service.module).resolve("Dockerfile"));
    }

    private static Optional<String> dockerignore(MotusService service) throws IOException {
        Path file = IMAGES.resolve(service.module).resolve("Dockerfile.dockerignore");
        return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }
}
