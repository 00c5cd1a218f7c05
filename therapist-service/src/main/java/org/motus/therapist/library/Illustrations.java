package org.motus.therapist.library;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SVG line drawings shipped with the service ({@code src/main/resources/illustrations}), one per
 * movement family. clinical-rules.md §10: every library exercise has a demonstration.
 */
public final class Illustrations {

    public static final String URL_PREFIX = "/api/v1/illustrations/";
    private static final Pattern NAME = Pattern.compile("^[a-z0-9-]{2,60}$");

    private Illustrations() {}

    public static boolean exists(String name) {
        return name != null
                && NAME.matcher(name).matches()
                && Illustrations.class.getClassLoader().getResource(resource(name)) != null;
    }

    public static Optional<byte[]> svg(String name) {
        if (!exists(name)) {
            return Optional.empty();
        }
        try (InputStream in = Illustrations.class.getClassLoader().getResourceAsStream(resource(name))) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read illustration " + name, e);
        }
    }

    public static String url(String name) {
        return name == null ? null : URL_PREFIX + name + ".svg";
    }

    private static String resource(String name) {
        return "illustrations/" + name + ".svg";
    }
}
