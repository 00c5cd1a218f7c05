package org.motus.deploy.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path quarkusApp;

    @TempDir
    Path classData;

    private Path runJar;

    @BeforeEach
    void aFastJar() throws IOException {
        runJar = quarkusApp.resolve("quarkus-run.jar");
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(Files.newOutputStream(runJar))) {
            jar.putNextEntry(new java.util.zip.ZipEntry("the-runner.txt"));
            jar.write("the runner".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.createDirectories(quarkusApp.resolve("lib/main"));
        Files.writeString(quarkusApp.resolve("lib/main/some-library.jar"), "a library");
    }

    private ClassDataArchive archive() {
        return ClassDataArchive.of(classData, "patient-service", runJar, JAVA_HOME);
    }

    @Test
    void aStartWithoutAnArchiveMakesOneThatTheNextStartMaps() throws Exception {
        ClassDataArchive.Start first = archive().nextStart();
        assertTrue(first.makesArchive());
        Path partial = optionValue(first, "-XX:ArchiveClassesAtExit=");
        assertNotEquals(archive().file(), partial, "the JVM writes beside the real name, never onto it");

        writeArchiveAsTheJvmDoes(partial);
        assertTrue(first.ended(true));

        ClassDataArchive.Start second = archive().nextStart();
        assertFalse(second.makesArchive());
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive().file()), second.jvmOptions());
        assertFalse(second.ended(true), "a start that maps the archive has nothing to store");
    }

    @Test
    void aKilledStartLeavesNoArchiveAndNoPartialFile() throws IOException {
        ClassDataArchive.Start start = archive().nextStart();
        Files.writeString(optionValue(start, "-XX:ArchiveClassesAtExit="), "half an archive");

        assertFalse(start.ended(false));

        assertFalse(archive().exists());
        assertEquals(List.of(), filesIn(classData));
        assertTrue(archive().nextStart().makesArchive(), "the next start tries again");
    }

    @Test
    void aStartThatWroteNothingPublishesNothing() {
        ClassDataArchive.Start start = archive().nextStart();
        assertFalse(start.ended(true));
        assertFalse(archive().exists());
    }

    @Test
    void aRebuiltJarGetsItsOwnArchiveAndTheOldOneIsDeleted() throws Exception {
        ClassDataArchive.Start first = archive().nextStart();
        writeArchiveAsTheJvmDoes(optionValue(first, "-XX:ArchiveClassesAtExit="));
        first.ended(true);
        Path firstArchive = archive().file();

        Path library = quarkusApp.resolve("lib/main/some-library.jar");
        Files.writeString(library, "a library, rebuilt");
        Files.setLastModifiedTime(
                library, FileTime.fromMillis(Files.getLastModifiedTime(library).toMillis() + 2_000));

        assertNotEquals(firstArchive, archive().file());
        assertFalse(archive().exists());
        ClassDataArchive.Start afterRebuild = archive().nextStart();
        assertTrue(afterRebuild.makesArchive());
        assertFalse(Files.exists(firstArchive), "an archive of an older build is deleted");
    }

    @Test
    void aSecondProcessOfTheServiceOnlyMapsAnExistingArchive() throws Exception {
        assertEquals(List.of(), archive().mapIfPresent());
        ClassDataArchive.Start start = archive().nextStart();
        writeArchiveAsTheJvmDoes(optionValue(start, "-XX:ArchiveClassesAtExit="));
        start.ended(true);
        assertEquals(
                List.of("-XX:SharedArchiveFile=" + archive().file()), archive().mapIfPresent());
    }

    /** An archive from another build or JDK, or garbage, is not fatal: the JVM warns and runs without it. */
    @Test
    void theJvmStartsWithAnArchiveThatIsNotOne() throws Exception {
        Path garbage = Files.writeString(classData.resolve("garbage.jsa"), "not an archive at all");
        assertEquals(0, java("-XX:SharedArchiveFile=" + garbage, "-version"));
    }

    /**
     * A truncated archive is: JDK 17 dies with SIGBUS mapping it. So a start's archive is only
     * published once a throwaway JVM mapped it, and a truncated one (a full disk) never is.
     */
    @Test
    void aTruncatedArchiveIsNeverPublished() throws Exception {
        ClassDataArchive.Start start = archive().nextStart();
        Path partial = optionValue(start, "-XX:ArchiveClassesAtExit=");
        writeArchiveAsTheJvmDoes(partial);
        assertTrue(archive().maps(partial), "the intact archive maps");
        byte[] bytes = Files.readAllBytes(partial);
        Files.write(partial, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertFalse(archive().maps(partial));

        assertFalse(start.ended(true));

        assertFalse(archive().exists());
        assertEquals(List.of(), filesIn(classData));
    }

    /** What a service's JVM does at exit with -XX:ArchiveClassesAtExit: here a JVM that only prints its version. */
    private void writeArchiveAsTheJvmDoes(Path partial) throws Exception {
        assertEquals(
                0,
                java("-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds=error", "-cp", runJar.toString(), "-version"));
        assertTrue(Files.size(partial) > 0, "the JVM wrote an archive at exit");
    }

    private int java(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(JAVA_HOME.resolve("bin/java").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor();
    }

    private static Path optionValue(ClassDataArchive.Start start, String prefix) {
        return start.jvmOptions().stream()
                .filter(option -> option.startsWith(prefix))
                .map(option -> Path.of(option.substring(prefix.length())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + start.jvmOptions()));
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
