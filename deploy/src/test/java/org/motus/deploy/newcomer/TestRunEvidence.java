package org.motus.deploy.newcomer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every test runner of the build leaves behind when it ran a test, so a build that claims to
 * run none can be checked: Surefire and Failsafe write {@code target/surefire-reports} or
 * {@code target/failsafe-reports} ({@code TEST-*.xml}) for every test class, Quarkus tests run
 * under Surefire, PIT writes {@code target/pit-reports}, Vitest caches its results under
 * {@code node_modules/.vite/vitest}; and their console lines ("Tests run:", Vitest's
 * "Test Files"), which the build log keeps even with {@code -q} when a test fails or prints.
 */
final class TestRunEvidence {

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*[A-Za-z]");
    private static final List<Pattern> LOG_LINES = List.of(
            Pattern.compile("^.*Tests run: *\\d+.*$", Pattern.MULTILINE),
            Pattern.compile("^.*T E S T S.*$", Pattern.MULTILINE),
            Pattern.compile("^\\s*Test Files\\s+\\d+.*$", Pattern.MULTILINE),
            Pattern.compile("^.*Generated \\d+ mutations.*$", Pattern.MULTILINE));

    private TestRunEvidence() {}

    /** Report directories and files under {@code root} that only a test run writes. */
    static List<String> inTree(Path root) {
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name =
                            dir.getFileName() == null ? "" : dir.getFileName().toString();
                    Path parent = dir.getParent();
                    boolean vitestCache = name.equals("vitest")
                            && parent != null
                            && parent.getFileName().toString().equals(".vite");
                    if (name.equals("surefire-reports")
                            || name.equals("failsafe-reports")
                            || name.equals("pit-reports")
                            || vitestCache) {
                        found.add(root.relativize(dir) + "/");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    // node_modules is large; only its .vite cache can tell of a Vitest run.
                    if (name.equals("node_modules")) {
                        Path vitest = dir.resolve(".vite").resolve("vitest");
                        if (Files.isDirectory(vitest)) {
                            found.add(root.relativize(vitest) + "/");
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("TEST-") && name.endsWith(".xml")) {
                        found.add(root.relativize(file).toString());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Lines of a build log that a test runner prints only when it runs tests. */
    static List<String> inLog(String log) {
        String plain = ANSI.matcher(log).replaceAll("");
        List<String> found = new ArrayList<>();
        for (Pattern pattern : LOG_LINES) {
            Matcher matcher = pattern.matcher(plain);
            while (matcher.find()) {
                found.add(matcher.group().strip());
            }
        }
        return found;
    }
}
