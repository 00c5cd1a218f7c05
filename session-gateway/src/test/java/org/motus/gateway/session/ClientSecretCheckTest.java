package org.motus.gateway.session;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientSecretCheckTest {

    @Test
    void aMissingOrBlankClientSecretStopsTheStartAndNamesTheVariable() {
        IllegalStateException missing =
                assertThrows(IllegalStateException.class, () -> ClientSecretCheck.requirePresent(Optional.empty()));
        assertThat(missing.getMessage(), containsString("QUARKUS_OIDC_CREDENTIALS_SECRET"));
        assertThrows(IllegalStateException.class, () -> ClientSecretCheck.requirePresent(Optional.of("   ")));
    }

    @Test
    void aClientSecretIsEnough() {
        assertDoesNotThrow(() -> ClientSecretCheck.requirePresent(Optional.of("from-the-realm")));
    }
}
