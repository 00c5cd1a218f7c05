package org.motus.problem.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.motus.problem.ProblemText;

/**
 * What a service's test asserts of its {@link ProblemText} enum (ADR 0048): every constant has a
 * Spanish and a German text beside the enum, no key is left over, each text is a valid
 * MessageFormat pattern with the English's arguments, and none is still the English.
 */
public final class TranslatedProblemTexts {

    public static final List<String> LANGUAGES = List.of("es", "de");

    private TranslatedProblemTexts() {}

    public static <E extends Enum<E> & ProblemText> void check(Class<E> texts) {
        for (String language : LANGUAGES) {
            Properties translated = load(texts, language);
            Set<String> names = Arrays.stream(texts.getEnumConstants())
                    .map(Enum::name)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(
                    names, new TreeSet<>(translated.stringPropertyNames()), texts.getSimpleName() + "_" + language);
            for (E text : texts.getEnumConstants()) {
                String pattern = translated.getProperty(text.name());
                String where = texts.getSimpleName() + "." + text.name() + " in " + language;
                assertFalse(pattern.isBlank(), where);
                assertFalse(pattern.equals(text.english()), where + " is still English");
                assertEquals(arguments(text.english(), where + " (English)"), arguments(pattern, where), where);
            }
        }
    }

    /** The argument indices a pattern uses, as MessageFormat reads them (a bad pattern fails here). */
    private static Set<Integer> arguments(String pattern, String where) {
        MessageFormat format;
        try {
            format = new MessageFormat(pattern, Locale.ROOT);
        } catch (IllegalArgumentException bad) {
            throw new AssertionError(where + ": not a MessageFormat pattern: " + bad.getMessage());
        }
        // A lone apostrophe quotes the rest of the text in MessageFormat: it must be doubled.
        assertTrue(
                !pattern.replace("''", "").contains("'"),
                where + ": write an apostrophe as '' in a MessageFormat pattern");
        Set<Integer> used = new TreeSet<>();
        Format[] byArgument = format.getFormatsByArgumentIndex();
        for (int i = 0; i < byArgument.length; i++) {
            used.add(i);
        }
        return used;
    }

    private static Properties load(Class<?> texts, String language) {
        String resource = texts.getName().replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = texts.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new AssertionError(resource + " cannot be read", e);
        }
    }
}
