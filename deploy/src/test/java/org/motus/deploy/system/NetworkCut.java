package org.motus.deploy.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cuts one browser's established TCP connections to one port, the way a dropped network would:
 * the kernel aborts them ({@code ss -K}, SOCK_DESTROY) and both ends see a reset. Neither the
 * browser nor the gateway is told anything else; UDP (WebRTC media) is untouched.
 *
 * <p>Chosen over DevTools' offline emulation, which does not close an open WebSocket in Chromium
 * (crbug.com/423246: it keeps sending and only stops delivering), and over restarting the
 * gateway, which would cut both participants at once and needs a restart hook in the launcher.
 * Needs root (as the project's machines and CI run) and a kernel with INET_DIAG_DESTROY.
 */
final class NetworkCut {

    private static final Pattern SS_LINE = Pattern.compile("\\S+:(\\d+)\\s+\\S+:(\\d+)\\s+users:\\((.*)\\)");
    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    private NetworkCut() {}

    /**
     * Aborts every established connection from the Chromium that runs with {@code profile} (its
     * browser process and all its children, e.g. the network service) to {@code port}.
     * Returns the local ports of the connections it cut.
     */
    static List<Integer> cutBrowserConnections(Path profile, int port) {
        Set<Long> pids = chromiumProcessTree(profile);
        if (pids.isEmpty()) {
            throw new IllegalStateException("No Chromium process runs with the profile " + profile);
        }
        List<Integer> localPorts = new ArrayList<>();
        for (String line : run("ss", "-tnpH", "state", "established", "dport = :" + port)) {
            Matcher matcher = SS_LINE.matcher(line.trim());
            if (!matcher.find() || Integer.parseInt(matcher.group(2)) != port) {
                continue;
            }
            Matcher pid = PID.matcher(matcher.group(3));
            while (pid.find()) {
                if (pids.contains(Long.parseLong(pid.group(1)))) {
                    localPorts.add(Integer.parseInt(matcher.group(1)));
                    break;
                }
            }
        }
        for (int localPort : localPorts) {
            run("ss", "-K", "-tnH", "state", "established", "dport = :" + port + " and sport = :" + localPort);
        }
        return localPorts;
    }

    private static Set<Long> chromiumProcessTree(Path profile) {
        String marker = "--user-data-dir=" + profile.toAbsolutePath();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .map(ProcessHandle::pid)
                .collect(Collectors.toSet());
    }

    private static List<String> run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output.lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
