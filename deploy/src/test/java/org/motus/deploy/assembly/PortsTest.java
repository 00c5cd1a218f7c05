package org.motus.deploy.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aPortSomethingListensOnIsReportedWithWhatShouldHaveUsedIt() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                ServerSocket other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int free = other.getLocalPort();
            other.close();
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("Keycloak", busy.getLocalPort());
            ports.put("session-gateway", free);
            assertEquals(List.of(busy.getLocalPort() + " (Keycloak)"), Ports.taken(ports));
            AssemblyException failure = assertThrows(AssemblyException.class, () -> Ports.requireFree(ports));
            assertTrue(
                    failure.getMessage().contains("Port " + busy.getLocalPort() + " (Keycloak) is already in use"),
                    failure.getMessage());
            assertTrue(failure.getMessage().contains("Nothing was started"));
        }
    }

    @Test
    void aPortBoundOnAllInterfacesIsTaken() throws IOException {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress(0));
            assertTrue(!Ports.isFree(busy.getLocalPort()));
        }
    }
}
