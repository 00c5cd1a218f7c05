package org.motus.deploy.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One process the launcher started (Keycloak's kc.sh, a service's fast-jar): output appended to
 * its log file, its pid in a pid file, stopped with its whole process tree (kc.sh re-executes
 * java, so signalling only the script is not enough).
 */
public final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path log;
    private final Path pidFile;
    private volatile boolean stopping;
    private volatile boolean killed;

    private ChildProcess(String name, Process process, Path log, Path pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    /**
     * Starts {@code command} in {@code workingDirectory} with the launcher's environment plus
     * {@code environment}; stdout and stderr go to {@code log} (truncated first).
     */
    public static ChildProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workingDirectory,
            Path log,
            Path runFolder) {
        return start(name, command, environment, workingDirectory, log, runFolder, false);
    }

    /**
     * As {@link #start(String, List, Map, Path, Path, Path)}; with {@code appendToLog} the log keeps
     * what an earlier process of the same name wrote (a restart after a kill).
     */
    public static ChildProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workingDirectory,
            Path log,
            Path runFolder,
            boolean appendToLog) {
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(runFolder);
            Files.createDirectories(workingDirectory);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(
                            appendToLog
                                    ? ProcessBuilder.Redirect.appendTo(log.toFile())
                                    : ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Path pidFile = runFolder.resolve(name + ".pid");
            Files.writeString(pidFile, process.pid() + "\n", StandardCharsets.UTF_8);
            return new ChildProcess(name, process, log, pidFile);
        } catch (IOException e) {
            throw new AssemblyException(
                    "Could not start " + name + " (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Whether {@link #stop} was called: an exit after that is expected. */
    public boolean isStopping() {
        return stopping;
    }

    /** Whether {@link #kill} ended it (SIGKILL: no shutdown hook, no file written at exit). */
    public boolean wasKilled() {
        return killed;
    }

    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public int exitValue() {
        return process.exitValue();
    }

    /**
     * SIGTERM to the process and everything it started, then SIGKILL to whatever is still alive
     * after {@code grace}. Returns true if everything ended within the grace period.
     */
    public boolean stop(Duration grace) {
        stopping = true;
        boolean graceful = stopTree(process.toHandle(), grace);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graceful;
    }

    /**
     * SIGKILL to the process and everything it started (no shutdown hooks, no goodbye: a crash),
     * waiting at most {@code timeout} for them to be gone. Returns true if they all ended.
     */
    public boolean kill(Duration timeout) {
        stopping = true;
        killed = true;
        List<ProcessHandle> tree = tree(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        return awaitExit(tree, timeout);
    }

    /**
     * SIGTERM to {@code root} and all its descendants, SIGKILL to what is left after {@code grace}.
     * Returns true if everything ended within the grace period.
     */
    static boolean stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = tree(root);
        tree.forEach(ProcessHandle::destroy);
        boolean graceful = awaitExit(tree, grace);
        if (!graceful) {
            // kc.sh may have re-executed java meanwhile: take a fresh look at the tree.
            List<ProcessHandle> remaining = new ArrayList<>(tree);
            remaining.addAll(tree(root));
            remaining.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            awaitExit(remaining, Duration.ofSeconds(10));
        }
        return graceful;
    }

    private static List<ProcessHandle> tree(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root);
        root.descendants().forEach(tree::add);
        return tree;
    }

    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle handle : handles) {
            long left = deadline - System.nanoTime();
            try {
                handle.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return false;
            }
        }
        return true;
    }

    /** The last {@code lines} lines of the log, for error messages. */
    public String tail(int lines) {
        return tail(log, lines);
    }

    static String tail(Path log, int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log yet)";
            }
            // Lenient decoding: a log may hold bytes that are not UTF-8.
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
