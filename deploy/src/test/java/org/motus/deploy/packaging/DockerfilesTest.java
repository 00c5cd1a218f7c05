package org.motus.deploy.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motus.deploy.packaging.KubernetesOverlaysTest.assertNoViolations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * deploy/images/Dockerfile, the one image recipe of every service (build args SERVICE and PORT):
 * pinned base, numeric non-root USER, HEALTHCHECK on the service's port, the fast-jar of the named
 * service, and every service's build arguments wherever images are built (README; compose is
 * checked by ComposeFileTest).
 */
class DockerfilesTest {

    static final Path IMAGES = Path.of("images");
    static final Path README = Path.of("README.md");

    @Test
    void theOneDockerfileIsPinnedNonRootAndHealthChecked() throws IOException {
        assertNoViolations(DockerfileRules.check(dockerfile(), dockerignore()));
    }

    @Test
    void imagesHoldOnlyTheOneDockerfileAndItsIgnoreFile() throws IOException {
        try (Stream<Path> files = Files.list(IMAGES)) {
            assertEquals(
                    List.of("Dockerfile", "Dockerfile.dockerignore"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "one Dockerfile for every service: no per-service copies under deploy/images");
        }
    }

    @ParameterizedTest
    @EnumSource(MotusService.class)
    void theReadmeBuildsEachServiceWithItsBuildArguments(MotusService service) throws IOException {
        String readme = Files.readString(README);
        String command = "docker build -f deploy/images/Dockerfile --build-arg SERVICE=" + service.module
                + " --build-arg PORT=" + service.port + " -t motus/" + service.module + ":";
        assertTrue(readme.replaceAll(" +", " ").contains(command), () -> "deploy/README.md must show: " + command);
    }

    @Test
    void aMovingOrMissingBaseTagIsReported() throws IOException {
        String dockerfile = dockerfile();
        expect(dockerfile.replaceFirst("(?m)^FROM .*$", "FROM eclipse-temurin:latest"), "must be pinned");
        expect(dockerfile.replaceFirst("(?m)^FROM .*$", "FROM eclipse-temurin"), "must be pinned");
        expect(dockerfile.replaceFirst("(?m)^FROM .*$", "FROM eclipse-temurin:17-jre"), "must be pinned");
    }

    @Test
    void aRootOrNamedOrMissingUserIsReported() throws IOException {
        String dockerfile = dockerfile();
        expect(dockerfile.replaceFirst("(?m)^USER .*$", ""), "no USER");
        expect(dockerfile.replaceFirst("(?m)^USER .*$", "USER motus"), "must be a numeric uid");
        expect(dockerfile.replaceFirst("(?m)^USER .*$", "USER 0:0"), "USER 0 is root");
        expect(dockerfile + "\nUSER root\n", "must be a numeric uid");
    }

    @Test
    void aMissingHealthcheckOrOneOnAFixedPortIsReported() throws IOException {
        String dockerfile = dockerfile();
        expect(dockerfile.replaceFirst("(?ms)^HEALTHCHECK .*?\\|\\| exit 1$", ""), "no HEALTHCHECK");
        expect(dockerfile + "\nHEALTHCHECK NONE\n", "no HEALTHCHECK");
        expect(dockerfile.replace("/q/health/live", "/"), "must CMD a request to /q/health/live");
        expect(dockerfile.replace("${MOTUS_SERVICE_PORT}}/q/health", "8080}/q/health"), "the service's own port");
        expect(
                dockerfile.replace("MOTUS_SERVICE_PORT=${PORT}", "MOTUS_SERVICE_PORT=8080"),
                "ENV MOTUS_SERVICE_PORT=${PORT} missing");
    }

    @Test
    void aMissingBuildArgumentOrAServiceTheCheckDoesNotKnowIsReported() throws IOException {
        String dockerfile = dockerfile();
        expect(dockerfile.replaceFirst("(?m)^ARG SERVICE$", ""), "no ARG SERVICE");
        expect(dockerfile.replaceFirst("(?m)^ARG PORT$", ""), "no ARG PORT");
        expect(dockerfile.replace("therapist-service:8082|", ""), "must accept therapist-service:8082");
        expect(dockerfile.replace("session-gateway:8080", "session-gateway:8081"), "must accept session-gateway:8080");
    }

    @Test
    void aFixedPortOrServiceOrAWrongIgnoreFileIsReported() throws IOException {
        String dockerfile = dockerfile();
        expect(dockerfile.replace("EXPOSE ${PORT}", "EXPOSE 8080"), dockerignore(), "EXPOSE ${PORT} missing");
        expect(dockerfile.replace("COPY ${SERVICE}/target", "COPY patient-service/target"), dockerignore(), "fast-jar");
        expect(
                dockerfile.replace(
                        "COPY ${SERVICE}/target/quarkus-app/app/", "COPY patient-service/target/quarkus-app/app/"),
                dockerignore(),
                "a COPY names a service");
        expect(dockerfile, Optional.empty(), "Dockerfile.dockerignore missing");
        expect(dockerfile, Optional.of("!patient-service/target/quarkus-app\n"), "must start by excluding everything");
        expect(
                dockerfile,
                Optional.of(dockerignore().orElseThrow().replace("!session-gateway/target/quarkus-app", "")),
                "must let in !session-gateway/target/quarkus-app");
        expect(dockerfile, Optional.of(dockerignore().orElseThrow() + "!deploy\n"), "lets in more than");
    }

    private static void expect(String dockerfile, String violation) throws IOException {
        expect(dockerfile, dockerignore(), violation);
    }

    private static void expect(String dockerfile, Optional<String> dockerignore, String violation) {
        List<String> violations = DockerfileRules.check(dockerfile, dockerignore);
        assertTrue(
                violations.stream().anyMatch(v -> v.contains(violation)),
                () -> "expected a violation containing \"" + violation + "\", got " + violations);
    }

    private static String dockerfile() throws IOException {
        return Files.readString(IMAGES.resolve("Dockerfile"));
    }

    private static Optional<String> dockerignore() throws IOException {
        Path file = IMAGES.resolve("Dockerfile.dockerignore");
        return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }
}
