package org.motus.deploy.newcomer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, item 1: a newcomer's {@code ./motus up} builds without running any test. This runs the
 * launcher's own build ({@code ./motus build}: the same {@code BUILD_COMMAND} as {@code up}) on a
 * copy of this checkout (the files git tracks plus untracked, not ignored ones, so uncommitted
 * changes count; no {@code target/}, {@code node_modules/} or {@code .motus/}) in a temporary
 * directory outside the tree, so nothing is written into the tree being built and the copy sees no
 * {@code pom.xml} above it. Its Maven local repository is a fresh temporary one chained in front of
 * the build's own ({@code maven.repo.local.tail}, read-only), so the copy installs nothing into
 * {@code ~/.m2}; it runs offline ({@code -o}) when the outer build does, and npm prefers its cache.
 *
 * <p>It passes when the build succeeds, produces the services' fast-jars and the launcher, and
 * leaves no trace of a test run ({@link TestRunEvidence}: Surefire/Failsafe/PIT reports, Vitest's
 * result cache, test-runner lines in the log). Should a test run in the copy's build after all,
 * this class would be one of them: it fails at once there instead of copying and building again.
 * Takes 3-5 minutes on 2 cores; the log stays in {@code target/newcomer-build/build.log}.
 */
class NewcomerBuildIT {

    private static final String INSIDE = "MOTUS_NEWCOMER_BUILD";
    private static final Duration TIMEOUT = Duration.ofMinutes(20);
    private static final List<String> OUTPUTS = List.of(
            "patient-service/target/quarkus-app/quarkus-run.jar",
            "therapist-service/target/quarkus-app/quarkus-run.jar",
            "session-gateway/target/quarkus-app/quarkus-run.jar",
            "deploy/target/motus-launcher.jar");

    @Test
    void theLaunchersBuildRunsNoTest() throws Exception {
        if (System.getenv(INSIDE) != null) {
            fail("NewcomerBuildIT ran inside the launcher's build (" + INSIDE + " is set): that build ran a test");
        }
        Path repository = Path.of(System.getProperty("motus.repository", ".."))
                .toAbsolutePath()
                .normalize();
        Path localRepository = Path.of(System.getProperty(
                "motus.newcomer.local-repository", System.getProperty("user.home") + "/.m2/repository"));
        boolean offline = System.getProperty("motus.newcomer.outer-build", "").contains("offline=true");
        Path results = Path.of("target", "newcomer-build").toAbsolutePath();
        Files.createDirectories(results);
        Path log = results.resolve("build.log");

        Path work = Files.createTempDirectory("motus-newcomer-");
        try {
            Path checkout = work.resolve("motus");
            long t0 = System.nanoTime();
            int files = copyCheckout(repository, checkout);
            long copied = System.nanoTime();

            List<String> mavenArgs = new ArrayList<>(List.of(
                    "--no-transfer-progress",
                    "-Dmaven.repo.local=" + work.resolve("m2"),
                    "-Dmaven.repo.local.tail=" + localRepository));
            if (offline) {
                mavenArgs.add("-o");
            }
            ProcessBuilder builder = new ProcessBuilder("bash", "./motus", "build")
                    .directory(checkout.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            Map<String, String> env = builder.environment();
            env.put(INSIDE, "1");
            env.put("MAVEN_ARGS", String.join(" ", mavenArgs));
            env.put("npm_config_prefer_offline", "true");
            if (offline) {
                env.put("npm_config_offline", "true");
            }
            Process build = builder.start();
            if (!build.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                stop(build);
                fail("./motus build did not finish within " + TIMEOUT.toMinutes() + " min; log: " + log + "\n"
                        + tail(log));
            }
            long built = System.nanoTime();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            System.out.printf(
                    "[newcomer] copied %d files in %.1f s, ./motus build took %.0f s (log: %s)%n",
                    files, (copied - t0) / 1e9, (built - copied) / 1e9, log);
            assertEquals(0, build.exitValue(), "./motus build failed; log: " + log + "\n" + tail(log));
            for (String expected : OUTPUTS) {
                assertTrue(Files.isRegularFile(checkout.resolve(expected)), "the build did not produce " + expected);
            }

            List<String> evidence = new ArrayList<>(TestRunEvidence.inTree(checkout));
            evidence.addAll(TestRunEvidence.inLog(output));
            Files.writeString(results.resolve("evidence.txt"), String.join("\n", evidence) + "\n");
            assertEquals(List.of(), evidence, "the launcher's build ran tests (./motus build; log: " + log + ")");
        } finally {
            deleteTree(work);
        }
    }

    /** The checkout as a clone with its uncommitted changes would have it. */
    private static int copyCheckout(Path repository, Path checkout) throws IOException, InterruptedException {
        Process git = new ProcessBuilder(
                        "git",
                        "-C",
                        repository.toString(),
                        "ls-files",
                        "-z",
                        "--cached",
                        "--others",
                        "--exclude-standard")
                .redirectErrorStream(false)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        byte[] listing = git.getInputStream().readAllBytes();
        String errors = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), "git ls-files in " + repository + " failed: " + errors);
        int count = 0;
        for (String name : new String(listing, StandardCharsets.UTF_8).split("\0")) {
            if (name.isEmpty()) {
                continue;
            }
            Path source = repository.resolve(name);
            if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)
                    || Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                continue; // deleted in the work tree, or a submodule
            }
            Path target = checkout.resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            count++;
        }
        return count;
    }

    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        process.waitFor(20, TimeUnit.SECONDS);
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
