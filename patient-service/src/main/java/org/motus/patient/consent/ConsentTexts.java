package org.motus.patient.consent;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The consent texts in force, read once from the service's resources
 * ({@code consent/<KIND>-<version>.txt}). A new wording is a new file and a new version here: every
 * patient is then asked again, since their decision names the old version. Older files stay, so
 * the words a stored decision was given on can always be shown.
 */
@ApplicationScoped
public class ConsentTexts {

    /** The version in force per kind. */
    static final Map<ConsentKind, String> CURRENT =
            Map.of(ConsentKind.TELEHEALTH, "2026-12-01", ConsentKind.REMOTE_MONITORING, "2026-12-01");

    private final Map<ConsentKind, ConsentText> current = new EnumMap<>(ConsentKind.class);

    public ConsentTexts() {
        for (ConsentKind kind : ConsentKind.values()) {
            current.put(kind, read(kind, CURRENT.get(kind)));
        }
    }

    public ConsentText current(ConsentKind kind) {
        return current.get(kind);
    }

    public List<ConsentText> allCurrent() {
        return List.copyOf(current.values());
    }

    static ConsentText read(ConsentKind kind, String version) {
        String resource = "consent/" + kind.name() + "-" + version + ".txt";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing consent text " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return new ConsentText(kind, version, text, sha256(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
