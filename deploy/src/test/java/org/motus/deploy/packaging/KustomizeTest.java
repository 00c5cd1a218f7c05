package org.motus.deploy.packaging;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KustomizeTest {

    @Test
    void aMachineWithoutKubectlFailsWithAMessageSayingWhatIsMissing() {
        AssertionError error = assertThrows(AssertionError.class, () -> Kustomize.kubectl("/nonexistent-bin"));
        assertTrue(error.getMessage().startsWith("kubectl not found on PATH"), error.getMessage());
        assertTrue(error.getMessage().contains("kustomize v4+"), error.getMessage());
    }
}
