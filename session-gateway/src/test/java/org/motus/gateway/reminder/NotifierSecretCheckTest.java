package org.motus.gateway.reminder;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotifierSecretCheckTest {

    @Test
    void aMissingUnsetOrBlankNotifierSecretStopsTheStartAndNamesTheVariable() {
        IllegalStateException missing =
                assertThrows(IllegalStateException.class, () -> NotifierSecretCheck.requirePresent(Optional::empty));
        assertThat(missing.getMessage(), containsString("MOTUS_NOTIFIER_CLIENT_SECRET"));
        assertThrows(
                IllegalStateException.class,
                () -> NotifierSecretCheck.requirePresent(() -> {
                    throw new NoSuchElementException("SRCFG00011: Could not expand value MOTUS_NOTIFIER_CLIENT_SECRET");
                }));
        assertThrows(IllegalStateException.class, () -> NotifierSecretCheck.requirePresent(() -> Optional.of("  ")));
    }

    @Test
    void aNotifierSecretIsEnough() {
        assertDoesNotThrow(() -> NotifierSecretCheck.requirePresent(() -> Optional.of("from-the-realm")));
    }
}
