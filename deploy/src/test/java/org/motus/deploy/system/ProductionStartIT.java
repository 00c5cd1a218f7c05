package org.motus.deploy.system;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motus.deploy.assembly.Artifacts;

/**
 * Each service's fast-jar (the prod profile, as in the images and the launcher) started with no
 * Motus configuration at all stops at once with a message naming what is missing, instead of
 * quietly using localhost defaults (those exist in %dev only). No stack needed.
 */
class ProductionStartIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "patient-service, motus.accounts.keycloak-url",
        "therapist-service, quarkus.oidc.auth-server-url",
        "session-gateway, MOTUS_SERVICES_PATIENT_URL"
    })
    void aServiceWithoutItsProductionConfigurationDoesNotStart(String module, String named) throws Exception {
        Path repository = Path.of(System.getProperty("motus.repository", ".."))
                .toAbsolutePath()
                .normalize();
        Path jar = Artifacts.inRepository(repository).serviceJar(module);
        Path log = Files.createTempFile(Files.createDirectories(Path.of("target")), module + "-unconfigured", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("MOTUS_"));
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(LocalDaemon.freePort(29200, 29299)));
        Process service = builder.start();
        try {
            assertTrue(service.waitFor(90, TimeUnit.SECONDS), () -> module + " kept running without configuration");
        } finally {
            service.destroyForcibly();
        }
        String output = Files.readString(log);
        assertNotEquals(0, service.exitValue(), () -> module + " exited 0: " + output);
        assertTrue(output.contains(named), () -> module + "'s output does not name " + named + ":\n" + output);
    }
}
