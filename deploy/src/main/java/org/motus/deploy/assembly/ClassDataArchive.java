package org.motus.deploy.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A service's dynamic AppCDS archive (JDK 17 class-data sharing, ADR 0055): the classes its JVM
 * loaded in one run, stored by that JVM at exit and mapped by later starts instead of being read,
 * verified and parsed again from the jars.
 *
 * <p>One archive per service and <em>key</em>: a hash of the fast-jar (every file under
 * {@code quarkus-app/} with its size and modification time) and of the JVM that runs it. A
 * rebuilt jar or another JDK has another key, so it never meets an archive made for something
 * else; the archives of other keys are deleted when a new one is made.
 *
 * <p>A run without an archive makes one ({@link #nextStart()} gives
 * {@code -XX:ArchiveClassesAtExit}); the JVM writes it at exit into a {@code .partial} file, which
 * {@link Start#ended(boolean)} renames after a graceful stop only, so a JVM killed while writing
 * never leaves a half archive under the real name, and only once a throwaway JVM mapped it
 * ({@link #maps(Path)}: JDK 17 crashes on a truncated archive). An archive that is otherwise
 * unusable (another JDK, other jars, garbage) only makes the JVM warn and start without it
 * ({@code -Xshare:auto}, the default).
 */
public final class ClassDataArchive {

    static final String SUFFIX = ".jsa";
    static final String PARTIAL = ".partial";

    private final Path folder;
    private final String module;
    private final Path archive;
    private final Path runJar;
    private final Path javaHome;

    private ClassDataArchive(Path folder, String module, String key, Path runJar, Path javaHome) {
        this.folder = folder;
        this.module = module;
        this.archive = folder.resolve(module + "-" + key + SUFFIX);
        this.runJar = runJar;
        this.javaHome = javaHome;
    }

    /** The archive of {@code module}'s fast-jar (the folder of {@code runJar}) run by {@code javaHome}, kept in {@code folder}. */
    public static ClassDataArchive of(Path folder, String module, Path runJar, Path javaHome) {
        return new ClassDataArchive(folder, module, key(runJar.getParent(), javaHome), runJar, javaHome);
    }

    /** The archive file a start maps when it exists. */
    public Path file() {
        return archive;
    }

    public boolean exists() {
        return Files.isRegularFile(archive);
    }

    /**
     * The JVM options of the next start: map the archive when there is one, otherwise make it at
     * exit (older archives of this service and half-written ones are deleted first). The caller
     * hands the start's end to {@link Start#ended(boolean)}.
     */
    public Start nextStart() {
        if (exists()) {
            return new Start(List.of("-XX:SharedArchiveFile=" + archive), null);
        }
        try {
            Files.createDirectories(folder);
            deleteOthers();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + folder + " for a class-data archive", e);
        }
        Path partial = archive.resolveSibling(archive.getFileName() + "." + System.nanoTime() + PARTIAL);
        // At exit the JVM lists every class it leaves out (~2,000 "Skipping ...: Not linked" warnings): errors only.
        return new Start(List.of("-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds=error"), partial);
    }

    /** Maps the archive if there is one, never makes one: for a second process of the same service. */
    public List<String> mapIfPresent() {
        return exists() ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
    }

    /** One start of the service: its JVM options and, when it makes the archive, what to do once it ended. */
    public final class Start {

        private final List<String> jvmOptions;
        private final Path partial;

        private Start(List<String> jvmOptions, Path partial) {
            this.jvmOptions = jvmOptions;
            this.partial = partial;
        }

        public List<String> jvmOptions() {
            return jvmOptions;
        }

        /** Whether this start makes the archive (at its exit). */
        public boolean makesArchive() {
            return partial != null;
        }

        /**
         * Called once this start's JVM has ended: after a graceful stop the archive it wrote at
         * exit becomes the one later starts map; after a kill (it may have died while writing) the
         * partial file is dropped. Returns true if an archive was published.
         */
        public boolean ended(boolean gracefully) {
            if (partial == null) {
                return false;
            }
            try {
                if (!Files.isRegularFile(partial)) {
                    return false;
                }
                if (!gracefully || Files.size(partial) == 0 || exists() || !maps(partial)) {
                    Files.deleteIfExists(partial);
                    return false;
                }
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (IOException e) {
                // No archive then: the next start makes one again.
                return false;
            }
        }
    }

    /**
     * Whether a JVM maps {@code candidate} with the service's class path and starts. Not a
     * formality: JDK 17 dies with SIGBUS on a truncated archive (say, written onto a full disk)
     * instead of ignoring it, so an archive is published only after this throwaway JVM
     * ({@code -Xshare:on}: fail rather than run without it) succeeded.
     */
    boolean maps(Path candidate) {
        try {
            Process check = new ProcessBuilder(
                            javaHome.resolve("bin/java").toString(),
                            "-Xshare:on",
                            "-XX:SharedArchiveFile=" + candidate,
                            "-cp",
                            runJar.toString(),
                            "-version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!check.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                check.destroyForcibly();
                return false;
            }
            return check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void deleteOthers() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(module + "-"))
                    .filter(f -> !f.equals(archive))
                    .toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /**
     * A hash of every file of the fast-jar folder (relative path, size, modification time) and of
     * the JVM (its home and version): what an archive is valid for.
     */
    static String key(Path quarkusApp, Path javaHome) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, javaHome.toAbsolutePath().normalize().toString());
            update(digest, javaVersion(javaHome));
            try (Stream<Path> files = Files.walk(quarkusApp)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    update(digest, quarkusApp.relativize(file).toString());
                    update(
                            digest,
                            Files.size(file) + ":"
                                    + Files.getLastModifiedTime(file).toMillis());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + quarkusApp, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code release} file's JAVA_VERSION line and the file's modification time (a JDK update rewrites it). */
    private static String javaVersion(Path javaHome) throws IOException {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return "no release file";
        }
        String version = Files.readAllLines(release).stream()
                .filter(line -> line.startsWith("JAVA_VERSION=") || line.startsWith("JAVA_RUNTIME_VERSION="))
                .reduce("", String::concat);
        return version + Files.getLastModifiedTime(release).toMillis();
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
