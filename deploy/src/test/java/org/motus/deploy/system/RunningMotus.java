package org.motus.deploy.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.motus.deploy.assembly.Artifacts;
import org.motus.deploy.assembly.Assembly;
import org.motus.deploy.assembly.Layout;

/**
 * Starts the whole of Motus once per test run, with the launcher's own {@link Assembly}, on the
 * system-test layout (every port + 10000 unless {@code -Dsystem-test.port-shift=} says otherwise, so {@code ./motus up} may run meanwhile) in a fresh home
 * under {@code target/}. Test classes share it; JUnit closes it when the run ends. A failing test
 * gets the tail of every process log printed.
 *
 * <p>Test methods may take a {@link Layout} parameter to know the URLs, or the {@link Assembly}
 * itself (e.g. to start one more gateway replica with the same environment).
 */
public final class RunningMotus implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningMotus.class);
    private static final int LOG_LINES_ON_FAILURE = 60;

    @Override
    public void beforeAll(ExtensionContext context) {
        started(context).assembly();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Layout.class || type == Assembly.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Assembly assembly = started(context).assembly();
        return parameter.getParameter().getType() == Assembly.class ? assembly : assembly.layout();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Started started = started(context);
        if (started.assembly != null) {
            System.out.println("[system-test] " + context.getDisplayName() + " failed; process logs:");
            System.out.println(started.assembly.logTails(LOG_LINES_ON_FAILURE));
        }
    }

    private static Started started(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Started.class, key -> Started.start(), Started.class);
    }

    /** The started assembly or why it did not start (remembered, so later classes fail fast). */
    static final class Started implements AutoCloseable {
        private final Assembly assembly;
        private final RuntimeException failure;

        private Started(Assembly assembly, RuntimeException failure) {
            this.assembly = assembly;
            this.failure = failure;
        }

        static Started start() {
            Path repository = Path.of(System.getProperty("motus.repository", ".."))
                    .toAbsolutePath()
                    .normalize();
            Path home = Path.of(System.getProperty("motus.system-test.home", "target/system-test-home"))
                    .toAbsolutePath();
            Artifacts artifacts = Artifacts.inRepository(repository);
            String zip = System.getProperty("motus.keycloak.zip");
            if (zip != null) {
                artifacts = artifacts.withKeycloakZip(Path.of(zip));
            }
            int shift = Integer.getInteger("motus.system-test.port-shift", Layout.SYSTEM_TEST_PORT_SHIFT);
            Layout layout = Layout.standard(home).shiftedBy(shift);
            // A test JVM killed mid-run leaves its processes behind: stop them, then start afresh.
            Assembly.stopLeftovers(layout)
                    .forEach(leftover -> System.out.println("[system-test] Stopped leftover " + leftover));
            deleteTree(home);
            Assembly assembly = new Assembly(layout, artifacts, line -> System.out.println("[system-test] " + line));
            long t0 = System.nanoTime();
            try {
                assembly.start();
            } catch (RuntimeException e) {
                System.out.println("[system-test] Motus did not start; process logs:");
                System.out.println(assembly.logTails(LOG_LINES_ON_FAILURE));
                return new Started(null, e);
            }
            // Also stop on SIGTERM/SIGINT of the test JVM (a no-op after JUnit closed it).
            Runtime.getRuntime().addShutdownHook(new Thread(assembly::stop, "motus-system-test-stop"));
            System.out.printf(
                    Locale.ROOT,
                    "[system-test] Motus started in %.1f s (Keycloak %.1f s)%n",
                    (System.nanoTime() - t0) / 1e9,
                    assembly.keycloakStartTime().toMillis() / 1e3);
            return new Started(assembly, null);
        }

        Assembly assembly() {
            if (failure != null) {
                throw new IllegalStateException(
                        "Motus did not start for the system tests: " + failure.getMessage(), failure);
            }
            return assembly;
        }

        @Override
        public void close() {
            if (assembly != null) {
                assembly.stop();
            }
        }

        private static void deleteTree(Path root) {
            if (!Files.exists(root)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not clear the system-test home " + root, e);
            }
        }
    }
}
