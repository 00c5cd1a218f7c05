package org.motus.deploy.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The services' JVM flags (ADR 0055) live in five places: the launcher ({@link ServiceJvm}), the image, the three
 * services of compose, the ConfigMap motus-config and deploy/README's table. A flag measured and adopted in one must
 * reach the others, and a flag this JDK does not know would stop every service at its start.
 */
class ServiceJvmTest {

    private static final String OPTIONS = String.join(" ", ServiceJvm.OPTIONS);

    @Test
    void everyDeploymentRunsTheServicesWithTheLaunchersFlags() throws IOException {
        assertEquals(
                List.of(OPTIONS),
                values("images/Dockerfile", "(?m)^ENV JDK_JAVA_OPTIONS=\"([^\"]*)\"$"),
                "deploy/images/Dockerfile");
        assertEquals(
                List.of(OPTIONS, OPTIONS, OPTIONS),
                values("compose/compose.yaml", "(?m)^\\s+JDK_JAVA_OPTIONS: \"([^\"]*)\"$"),
                "deploy/compose/compose.yaml: each service");
        assertEquals(
                List.of(OPTIONS),
                values("k8s/base/kustomization.yaml", "(?m)^\\s+- JDK_JAVA_OPTIONS=(.*)$"),
                "deploy/k8s/base/kustomization.yaml: the ConfigMap motus-config");
        assertEquals(
                List.of(OPTIONS),
                values("README.md", "(?m)^\\| `JDK_JAVA_OPTIONS` \\| all three \\| `([^`]*)` \\|"),
                "deploy/README.md: the production configuration's table");
    }

    @Test
    void everyDeploymentGivesTheLaunchersMallocArenas() throws IOException {
        String arenas = ServiceJvm.ENVIRONMENT.get("MALLOC_ARENA_MAX");
        assertEquals(List.of(arenas), values("images/Dockerfile", "(?m)^ENV MALLOC_ARENA_MAX=(\\S+)$"));
        assertEquals(
                List.of(arenas, arenas, arenas),
                values("compose/compose.yaml", "(?m)^\\s+MALLOC_ARENA_MAX: \"([^\"]*)\"$"));
        assertEquals(List.of(arenas), values("k8s/base/kustomization.yaml", "(?m)^\\s+- MALLOC_ARENA_MAX=(.*)$"));
    }

    @Test
    void thisJdkAcceptsEveryFlag() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Assembly.javaExecutable()));
        command.addAll(ServiceJvm.OPTIONS);
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());
        java.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, java.exitValue(), output);
    }

    private static List<String> values(String file, String pattern) throws IOException {
        Matcher matcher = Pattern.compile(pattern).matcher(Files.readString(Path.of(file)));
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1).trim());
        }
        return values;
    }
}
