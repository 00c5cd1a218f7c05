package org.motus.gateway.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The production setting of {@code motus.login-sessions.recheck-after} (tests run with 0 s, so every
 * request reads its session's row): a replica serves the sessions it confirmed lately from memory, and
 * proxied /api calls of such a session take the short way (routing.RememberedSessionProxy).
 */
public class ProductionRecheck implements QuarkusTestProfile {

    public static final Map<String, String> SETTINGS = Map.of("motus.login-sessions.recheck-after", "30S");

    @Override
    public Map<String, String> getConfigOverrides() {
        return SETTINGS;
    }
}
