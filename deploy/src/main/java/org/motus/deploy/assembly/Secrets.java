package org.motus.deploy.assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Secrets generated once per Motus home and kept in files only their owner can read (0600 in a
 * 0700 folder), so a second {@code up} uses the same values as the data it reuses.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;

    public Secrets(Path folder) {
        this.folder = folder;
    }

    public boolean exists(String name) {
        return Files.isRegularFile(folder.resolve(name));
    }

    /** The stored secret {@code name}, or a new random one of {@code bytes} bytes (URL-safe base64) stored now. */
    public String readOrCreate(String name, int bytes) {
        return readOrCreate(name, () -> {
            byte[] random = new byte[bytes];
            RANDOM.nextBytes(random);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        });
    }

    /** The stored secret {@code name}, or a new one from {@code create} (one line) stored now. */
    public String readOrCreate(String name, Supplier<String> create) {
        Path file = folder.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                String value = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
            createFolder();
            String value = create.get();
            Path partial = folder.resolve(name + ".partial");
            Files.deleteIfExists(partial);
            if (POSIX) {
                Files.createFile(
                        partial,
                        PosixFilePermissions.asFileAttribute(
                                Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            }
            Files.writeString(
                    partial,
                    value + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or store the secret " + file, e);
        }
    }

    private void createFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
