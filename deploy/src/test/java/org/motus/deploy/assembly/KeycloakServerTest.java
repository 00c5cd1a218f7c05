package org.motus.deploy.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakServerTest {

    @TempDir
    Path repository;

    @TempDir
    Path home;

    private KeycloakServer keycloak;
    private Path stored;

    @BeforeEach
    void aCheckoutWithTheRealmFiles() throws IOException {
        Path realms = Files.createDirectories(repository.resolve("deploy/keycloak"));
        // Surefire runs in the module folder.
        Files.copy(Path.of("keycloak/motus-realm.json"), realms.resolve("motus-realm.json"));
        Files.copy(Path.of("keycloak/motus-realm-demo.json"), realms.resolve("motus-realm-demo.json"));
        Artifacts artifacts = new Artifacts(
                repository, repository.resolve("kc.zip"), "26.5.6", repository.resolve("greenmail.jar"), "2.1.8");
        keycloak = new KeycloakServer(Layout.standard(home), artifacts);
        stored = keycloak.home().resolve("data/h2");
    }

    @Test
    void theStagedRealmIsTheProductionRealmWithTheDemoOverlay() throws IOException {
        assertFalse(keycloak.stageRealm(), "nothing stored yet: the import takes the new file");
        JsonNode staged = new ObjectMapper()
                .readTree(
                        keycloak.home().resolve("data/import/motus-realm.json").toFile());
        assertEquals("motus", staged.path("realm").asText());
        // The accounts and notifier clients' service accounts and the four demo people; gateway,
        // accounts, notifier and test clients.
        assertEquals(6, staged.path("users").size());
        assertEquals(4, staged.path("clients").size());
    }

    @Test
    void aRealmFileChangedAfterTheImportIsReportedOnce() throws IOException {
        keycloak.stageRealm();
        Files.createDirectories(stored);
        assertFalse(keycloak.stageRealm(), "same files as imported");

        Path production = repository.resolve("deploy/keycloak/motus-realm.json");
        Files.writeString(
                production,
                Files.readString(production)
                        .replace("\"displayName\": \"Motus\"", "\"displayName\": \"Motus Clinic\""));
        assertTrue(keycloak.stageRealm(), "Keycloak keeps its stored realm: the change must be reported");
    }

    @Test
    void aHomeStagedBeforeTheOverlayExistedIsReported() throws IOException {
        Path staged =
                Files.createDirectories(keycloak.home().resolve("data/import")).resolve("motus-realm.json");
        Files.writeString(staged, "{\"realm\": \"motus\", \"users\": []}");
        Files.createDirectories(stored);
        assertTrue(keycloak.stageRealm());
    }
}
