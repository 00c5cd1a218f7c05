package org.motus.deploy.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @TempDir
    Path home;

    @Test
    void aSecretIsGeneratedOnceAndReadBackLater() {
        Secrets secrets = new Secrets(home.resolve("secrets"));
        String first = secrets.readOrCreate("session-encryption-secret", 32);
        assertTrue(first.length() >= 32, "the gateway needs at least 32 characters");
        assertEquals(first, new Secrets(home.resolve("secrets")).readOrCreate("session-encryption-secret", 32));
        assertNotEquals(first, secrets.readOrCreate("gateway-client-secret", 32));
    }

    @Test
    void onlyTheOwnerCanReadSecrets() throws IOException {
        Secrets secrets = new Secrets(home.resolve("secrets"));
        secrets.readOrCreate("gateway-client-secret", 32);
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(home.resolve("secrets/gateway-client-secret"))));
        assertEquals(
                "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secrets"))));
    }
}
