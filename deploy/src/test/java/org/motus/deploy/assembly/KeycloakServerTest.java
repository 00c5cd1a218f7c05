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
        // The accounts, notifier and demo EHR clients' service accounts and the four demo people;
        // gateway, accounts, notifier, test and demo EHR clients.
        assertEquals(7, staged.path("users").size());
        assertEquals(5, staged.path("clients").size());
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

    @Test
    void theStartIsOptimizedAndCarriesNoBuildOption() {
        java.util.List<String> command = keycloak.command();
        assertEquals(java.util.List.of("start", "--optimized"), command.subList(1, 3));
        for (String buildOption : keycloak.buildOptions()) {
            String name = buildOption.substring(0, buildOption.indexOf('='));
            assertTrue(
                    command.stream().noneMatch(argument -> argument.startsWith(name + "=")),
                    () -> name + " is a build option: start --optimized refuses it");
        }
        assertEquals(java.util.List.of("build"), keycloak.buildCommand().subList(1, 2));
        assertTrue(keycloak.buildCommand().containsAll(keycloak.buildOptions()));
    }

    /** What start-dev set implicitly and start --optimized must be told: HTTP, the H2 file database, a local cache. */
    @Test
    void whatStartDevImpliedIsSetExplicitly() {
        assertTrue(keycloak.command().containsAll(java.util.List.of("--http-enabled=true", "--hostname-strict=false")));
        assertTrue(keycloak.command().contains("--import-realm"));
        assertTrue(keycloak.buildOptions()
                .containsAll(java.util.List.of("--db=dev-file", "--health-enabled=true", "--cache=local")));
    }

    @Test
    void keycloakIsBuiltOnceForItsVersionAndOptions() throws IOException {
        Files.createDirectories(keycloak.home().resolve("bin"));
        Files.writeString(keycloak.home().resolve("bin/kc.sh"), "#!/bin/sh\n");
        assertTrue(keycloak.needsBuild(), "never built");

        keycloak.markBuilt();
        assertFalse(keycloak.needsBuild());

        Files.writeString(keycloak.buildStampFile(), "26.5.6 --db=dev-file --health-enabled=true\n");
        assertTrue(keycloak.needsBuild(), "built with other options");

        keycloak.markBuilt();
        Artifacts otherVersion = new Artifacts(
                repository, repository.resolve("kc.zip"), "26.7.3", repository.resolve("greenmail.jar"), "2.1.8");
        KeycloakServer newer = new KeycloakServer(Layout.standard(home), otherVersion);
        Files.createDirectories(newer.home().resolve("bin"));
        Files.writeString(newer.home().resolve("bin/kc.sh"), "#!/bin/sh\n");
        assertTrue(newer.needsBuild(), "another Keycloak version is built again");
    }

    /**
     * Keycloak imports a placeholder whose variable is unset as its literal text: a client secret
     * anyone can read in this repository. The production realm's secrets have no default, so the
     * launcher must set every variable the realm names without one.
     */
    @Test
    void theLauncherSetsEveryVariableTheRealmNamesWithoutADefault() throws IOException {
        String realm = Files.readString(Path.of("keycloak/motus-realm.json"));
        java.util.Map<String, String> environment = keycloak.environment("g", "a", "n", "admin");
        java.util.regex.Matcher placeholder =
                java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}").matcher(realm);
        java.util.Set<String> withoutDefault = new java.util.TreeSet<>();
        while (placeholder.find()) {
            if (placeholder.group(2) == null) {
                withoutDefault.add(placeholder.group(1));
            }
        }
        assertTrue(
                withoutDefault.containsAll(java.util.List.of(
                        "MOTUS_GATEWAY_CLIENT_SECRET", "MOTUS_ACCOUNTS_CLIENT_SECRET", "MOTUS_NOTIFIER_CLIENT_SECRET")),
                () -> "the client secrets must have no default: " + withoutDefault);
        for (String variable : withoutDefault) {
            assertFalse(environment.getOrDefault(variable, "").isBlank(), variable + " is not set by the launcher");
        }
    }
}
