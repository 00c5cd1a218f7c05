package org.motus.deploy.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The realm the launcher and the system tests import: the production realm
 * ({@code deploy/keycloak/motus-realm.json}) plus the demo overlay
 * ({@code deploy/keycloak/motus-realm-demo.json}). Keycloak imports one file per realm, so the two
 * are merged here before the import.
 *
 * <p>The overlay may only <em>add</em> users and clients, and relax the one-time-code reuse check
 * (so tests and a person may sign in twice within one 30 s code); everything else, the password
 * policy, brute-force detection and the login flows included, comes from the production realm
 * unchanged. An overlay that tries to set anything else, or to replace a production client, is
 * refused.
 */
public final class DemoRealm {

    static final Set<String> ADDED_ARRAYS = Set.of("users", "clients");
    static final Set<String> OVERRIDABLE = Set.of("otpPolicyCodeReusable");
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoRealm() {}

    /** The production realm with the overlay's users and clients appended. */
    public static ObjectNode merge(JsonNode production, JsonNode overlay) {
        ObjectNode merged = production.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (ADDED_ARRAYS.contains(name)) {
                if (!field.getValue().isArray()) {
                    throw new IllegalArgumentException("the demo overlay's " + name + " must be an array");
                }
                ArrayNode target = merged.has(name) ? (ArrayNode) merged.get(name) : merged.putArray(name);
                if ("clients".equals(name)) {
                    requireNewClients(target, field.getValue());
                }
                field.getValue().forEach(element -> target.add(element.deepCopy()));
            } else if (OVERRIDABLE.contains(name)) {
                merged.set(name, field.getValue().deepCopy());
            } else {
                throw new IllegalArgumentException("the demo overlay may only add " + ADDED_ARRAYS + " and set "
                        + OVERRIDABLE + ", not " + name + ": change the production realm instead");
            }
        }
        return merged;
    }

    /** Reads both files and writes the merged realm to {@code target}. */
    static void write(Path production, Path overlay, Path target) {
        try {
            ObjectNode merged = merge(JSON.readTree(production.toFile()), JSON.readTree(overlay.toFile()));
            Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(merged));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not merge " + production + " and " + overlay, e);
        } catch (IllegalArgumentException e) {
            throw new AssemblyException(overlay + ": " + e.getMessage(), e);
        }
    }

    private static void requireNewClients(ArrayNode production, JsonNode added) {
        Set<String> existing = new HashSet<>();
        production.forEach(client -> existing.add(client.path("clientId").asText()));
        List<String> clashing = new java.util.ArrayList<>();
        added.forEach(client -> {
            if (existing.contains(client.path("clientId").asText())) {
                clashing.add(client.path("clientId").asText());
            }
        });
        if (!clashing.isEmpty()) {
            throw new IllegalArgumentException("the demo overlay may not replace the production clients " + clashing);
        }
    }
}
