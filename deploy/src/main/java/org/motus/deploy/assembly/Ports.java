package org.motus.deploy.assembly;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks, before anything starts, that every port of a layout is free. */
public final class Ports {

    private Ports() {}

    /** The entries of {@code ports} that something already listens on (or that cannot be bound). */
    public static List<String> taken(Map<String, Integer> ports) {
        List<String> taken = new ArrayList<>();
        ports.forEach((what, port) -> {
            if (!isFree(port)) {
                taken.add(port + " (" + what + ")");
            }
        });
        return taken;
    }

    public static void requireFree(Map<String, Integer> ports) {
        List<String> taken = taken(ports);
        if (!taken.isEmpty()) {
            throw new AssemblyException("Port" + (taken.size() > 1 ? "s " : " ") + String.join(", ", taken)
                    + (taken.size() > 1 ? " are" : " is")
                    + " already in use. Is Motus already running (./motus status)?"
                    + " Otherwise stop the program that uses it. Nothing was started.");
        }
    }

    /**
     * Free means: nothing accepts a connection on localhost, and the port can be bound on all
     * interfaces (what the Quarkus services do) and on the loopback (what Keycloak does).
     */
    public static boolean isFree(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return false;
        } catch (IOException expected) {
            // nothing listens on the loopback
        }
        return canBind(new InetSocketAddress(port))
                && canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
