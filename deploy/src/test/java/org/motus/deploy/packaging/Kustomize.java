package org.motus.deploy.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders a kustomization with {@code kubectl kustomize} (offline, no cluster). A machine without
 * kubectl, or with one whose built-in kustomize predates v4 (Debian 12's kubernetes-client 1.20 has
 * kustomize v2, which knows no {@code patches}, {@code labels} or {@code replicas}), fails with a
 * message that says so instead of a confusing parse error.
 */
final class Kustomize {

    private static final Pattern KUSTOMIZE_VERSION = Pattern.compile("Kustomize Version: v(\\d+)\\.");
    private static final int MIN_KUSTOMIZE_MAJOR = 4;

    private Kustomize() {}

    static Manifests render(Path kustomization) {
        String kubectl = kubectl();
        requireModernKustomize(kubectl);
        Result result = run(List.of(kubectl, "kustomize", kustomization.toString()));
        if (result.exitCode != 0) {
            throw new AssertionError(
                    "kubectl kustomize " + kustomization + " failed (exit " + result.exitCode + "):\n" + result.stderr);
        }
        return new Manifests(Yaml.documents(result.stdout));
    }

    static String kubectl() {
        return kubectl(System.getenv().getOrDefault("PATH", ""));
    }

    static String kubectl(String searchPath) {
        return findOnPath("kubectl", searchPath)
                .orElseThrow(() -> new AssertionError("kubectl not found on PATH (" + searchPath
                        + "). The packaging tests render deploy/k8s with `kubectl kustomize` "
                        + "(offline, no cluster needed); they need kubectl >= 1.21 (kustomize v4+). It ships with "
                        + "this project's machine image (/usr/bin/kubectl); Debian 12's `kubernetes-client` "
                        + "package is too old (kubectl 1.20, kustomize v2)."));
    }

    private static void requireModernKustomize(String kubectl) {
        Result version = run(List.of(kubectl, "version", "--client"));
        Matcher m = KUSTOMIZE_VERSION.matcher(version.stdout);
        if (m.find() && Integer.parseInt(m.group(1)) < MIN_KUSTOMIZE_MAJOR) {
            throw new AssertionError(kubectl + " embeds kustomize v" + m.group(1) + "; deploy/k8s needs v"
                    + MIN_KUSTOMIZE_MAJOR + " or later (kubectl >= 1.21):\n" + version.stdout);
        }
    }

    private static Optional<String> findOnPath(String program, String searchPath) {
        return Stream.of(searchPath.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }

    private record Result(int exitCode, String stdout, String stderr) {}

    private static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("kustomize", ".out");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("Could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + String.join(" ", command), e);
        }
    }
}
