package org.motus.deploy.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path folder;

    @Test
    void killEndsTheProcessAndEverythingItStartedAtOnce() throws IOException {
        // A shell that ignores SIGTERM and starts a child: only SIGKILL to the whole tree ends both.
        ChildProcess shell = ChildProcess.start(
                "stubborn",
                List.of("/bin/sh", "-c", "trap '' TERM; sleep 60 & echo started; wait"),
                Map.of(),
                folder,
                folder.resolve("logs/stubborn.log"),
                folder.resolve("run"));
        List<ProcessHandle> tree = awaitChild(shell);

        assertTrue(shell.kill(Duration.ofSeconds(10)));

        assertFalse(shell.isAlive());
        tree.forEach(process -> assertFalse(process.isAlive(), process + " outlived the kill"));
        assertTrue(shell.isStopping(), "an exit after a kill is expected, not a crash to report");
    }

    @Test
    void aRestartAppendsToTheLogInsteadOfReplacingIt() throws Exception {
        Path log = folder.resolve("logs/part.log");
        ChildProcess first = ChildProcess.start(
                "part", List.of("/bin/echo", "first run"), Map.of(), folder, log, folder.resolve("run"));
        assertEquals(0, first.onExit().get().exitValue());
        ChildProcess again = ChildProcess.start(
                "part", List.of("/bin/echo", "second run"), Map.of(), folder, log, folder.resolve("run"), true);
        assertEquals(0, again.onExit().get().exitValue());

        assertEquals(List.of("first run", "second run"), Files.readAllLines(log));
    }

    private static List<ProcessHandle> awaitChild(ChildProcess shell) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        ProcessHandle root = ProcessHandle.of(shell.pid()).orElseThrow();
        while (root.descendants().findAny().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the shell started no child: " + shell.tail(5));
            }
            Thread.onSpinWait();
        }
        List<ProcessHandle> tree = new java.util.ArrayList<>(root.descendants().toList());
        tree.add(root);
        return tree;
    }
}
