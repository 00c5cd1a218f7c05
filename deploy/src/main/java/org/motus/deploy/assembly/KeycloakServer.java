package org.motus.deploy.assembly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution from Maven Central, unpacked once into the Motus home, built
 * once for the options below ({@code kc.sh build}, again only when they or the Keycloak version
 * change) and then started with {@code kc.sh start --optimized}, with the motus realm imported on
 * its first start (stored in its {@code data/h2} afterwards, so a second start reuses users and
 * sessions).
 *
 * <p>{@code start-dev} re-augmented Keycloak on every start (5-10 s of a warm start) and set some
 * things implicitly; {@code start --optimized} sets them here explicitly: plain HTTP
 * ({@code --http-enabled}), the embedded H2 file database in {@code data/h2} ({@code --db=dev-file})
 * and a local cache ({@code --cache=local}: no cluster discovery). Themes are cached (dev mode
 * reads them from disk on each request); Motus ships no theme of its own.
 */
final class KeycloakServer {

    static final String GATEWAY_CLIENT_SECRET = "gateway-client-secret";
    static final String ADMIN_PASSWORD = "keycloak-admin-password";
    /** The realm file reads the gateway client's secret from this variable at import. */
    static final String GATEWAY_SECRET_VARIABLE = "MOTUS_GATEWAY_CLIENT_SECRET";
    /** The secret of motus-accounts, patient-service's client for the Admin REST API (invitations). */
    static final String ACCOUNTS_CLIENT_SECRET = "accounts-client-secret";

    static final String ACCOUNTS_SECRET_VARIABLE = "MOTUS_ACCOUNTS_CLIENT_SECRET";

    /** The secret of motus-notifier, the gateway's service account asking patient-service for visit reminders. */
    static final String NOTIFIER_CLIENT_SECRET = "notifier-client-secret";

    static final String NOTIFIER_SECRET_VARIABLE = "MOTUS_NOTIFIER_CLIENT_SECRET";

    static final String GATEWAY_URL_VARIABLE = "MOTUS_GATEWAY_URL";

    private final Layout layout;
    private final Artifacts artifacts;
    private final Path home;

    KeycloakServer(Layout layout, Artifacts artifacts) {
        this.layout = layout;
        this.artifacts = artifacts;
        this.home = layout.keycloakHome(artifacts.keycloakVersion());
    }

    Path home() {
        return home;
    }

    boolean isInstalled() {
        return Files.isRegularFile(home.resolve("bin/kc.sh"));
    }

    /** True once Keycloak has stored a realm: the import file is then ignored. */
    boolean hasStoredRealm() {
        return Files.isDirectory(home.resolve("data/h2"));
    }

    /** Unpacks the distribution zip into the home (into a side folder first, so a crash leaves no half install). */
    void install() {
        Path unpacking = layout.home().resolve(".keycloak-unpacking");
        try {
            deleteTree(unpacking);
            Files.createDirectories(unpacking);
            try (ZipFile zip = new ZipFile(artifacts.keycloakZip().toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    Path target = unpacking.resolve(entry.getName()).normalize();
                    if (!target.startsWith(unpacking)) {
                        throw new AssemblyException("Refusing zip entry outside the target folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            Path unpacked = unpacking.resolve(home.getFileName());
            if (!Files.isRegularFile(unpacked.resolve("bin/kc.sh"))) {
                throw new AssemblyException(artifacts.keycloakZip() + " has no " + home.getFileName() + "/bin/kc.sh");
            }
            // java.util.zip drops the executable bits.
            try (Stream<Path> scripts = Files.list(unpacked.resolve("bin"))) {
                for (Path script :
                        scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            deleteTree(home);
            // A fresh installation is not built for Motus's options yet.
            Files.deleteIfExists(buildStampFile());
            Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(unpacking);
        } catch (IOException e) {
            throw new AssemblyException(
                    "Could not unpack " + artifacts.keycloakZip() + " into " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts the realm where {@code --import-realm} looks: the production realm plus the demo overlay
     * ({@link DemoRealm}). Only a first start (no stored realm) imports it. Returns true when
     * Keycloak already stores a realm and the files changed since they were last staged: Keycloak
     * keeps the stored one, so the caller should say how to import the new one.
     */
    boolean stageRealm() {
        try {
            Path staged = Files.createDirectories(home.resolve("data/import")).resolve("motus-realm.json");
            String before = Files.isRegularFile(staged) ? Files.readString(staged) : null;
            DemoRealm.write(artifacts.realm(), artifacts.demoRealmOverlay(), staged);
            return hasStoredRealm() && before != null && !before.equals(Files.readString(staged));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Build options: fixed into Keycloak by {@code kc.sh build}; {@code start --optimized} refuses
     * them on its command line. Changing one makes the next start build again ({@link #needsBuild()}).
     */
    List<String> buildOptions() {
        return List.of("--db=dev-file", "--health-enabled=true", "--cache=local");
    }

    /** {@code kc.sh build} with {@link #buildOptions()}: once per Keycloak version and set of options. */
    List<String> buildCommand() {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/kc.sh").toString());
        command.add("build");
        command.addAll(buildOptions());
        return List.copyOf(command);
    }

    /** What the build stamp records: the Keycloak version and the build options it was built with. */
    String buildStamp() {
        return artifacts.keycloakVersion() + " " + String.join(" ", buildOptions()) + "\n";
    }

    /** The stamp {@link #markBuilt()} writes beside the Motus home's other state; {@link #install()} removes it. */
    Path buildStampFile() {
        return layout.home().resolve("keycloak-build.stamp");
    }

    /** True unless this installation was built ({@code kc.sh build}) for this version and these build options. */
    boolean needsBuild() {
        Path stamp = buildStampFile();
        try {
            return !isInstalled()
                    || !Files.isRegularFile(stamp)
                    || !Files.readString(stamp).equals(buildStamp());
        } catch (IOException e) {
            return true;
        }
    }

    /** Records that {@code kc.sh build} succeeded for {@link #buildStamp()}. */
    void markBuilt() {
        try {
            Files.createDirectories(layout.home());
            Path partial = buildStampFile().resolveSibling(buildStampFile().getFileName() + ".partial");
            Files.writeString(partial, buildStamp());
            Files.move(partial, buildStampFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code kc.sh start --optimized} with the run-time flags deploy/README.md explains; the build
     * options are in the installation since {@link #buildCommand()}.
     */
    List<String> command() {
        return List.of(
                home.resolve("bin/kc.sh").toString(),
                "start",
                "--optimized",
                "--http-enabled=true",
                "--http-port=" + layout.keycloakPort(),
                "--http-host=127.0.0.1",
                "--http-management-port=" + layout.keycloakManagementPort(),
                "--hostname=" + layout.keycloakUrl(),
                "--hostname-strict=false",
                "--import-realm");
    }

    Map<String, String> environment(
            String gatewayClientSecret,
            String accountsClientSecret,
            String notifierClientSecret,
            String adminPassword) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // Keycloak's default heap is a share of the machine's memory; a local demo needs far less.
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        // Read only on the very first start (no stored realm / admin yet).
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.put(GATEWAY_SECRET_VARIABLE, gatewayClientSecret);
        env.put(ACCOUNTS_SECRET_VARIABLE, accountsClientSecret);
        env.put(NOTIFIER_SECRET_VARIABLE, notifierClientSecret);
        // The realm's redirect, web-origin and logout URIs are this gateway's (read at import).
        env.put(GATEWAY_URL_VARIABLE, layout.gatewayUrl());
        // The realm's SMTP server (read at import): the local GreenMail, no TLS, no login.
        env.putAll(MailServer.realmSmtpEnvironment(layout));
        return env;
    }

    URI health() {
        return URI.create("http://127.0.0.1:" + layout.keycloakManagementPort() + "/health/ready");
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
