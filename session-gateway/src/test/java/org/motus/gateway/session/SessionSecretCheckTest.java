package org.motus.gateway.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionSecretCheckTest {

    @Test
    void productionNeedsASecretOfAtLeast32Characters() {
        IllegalStateException missing =
                assertThrows(IllegalStateException.class, () -> SessionSecretCheck.requireStrong(Optional.empty()));
        assertTrue(missing.getMessage().contains("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET"));
        assertThrows(IllegalStateException.class, () -> SessionSecretCheck.requireStrong(Optional.of("short")));
        assertThrows(
                IllegalStateException.class,
                () -> SessionSecretCheck.requireStrong(Optional.of("   " + "x".repeat(31) + "   ")));
        assertDoesNotThrow(() -> SessionSecretCheck.requireStrong(Optional.of("x".repeat(32))));
    }
}
