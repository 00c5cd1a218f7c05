package org.motus.therapist.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every handout text has a Spanish and a German translation using the same parameters: Qute
 * would silently fall back to English for a missing key, so this is what fails on one.
 */
class HandoutTextsTranslatedTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(?:#if |#else|/if)?([a-z][A-Za-z]*)");

    @ParameterizedTest
    @ValueSource(strings = {"es", "de"})
    void everyTextIsTranslatedWithTheSameParameters(String language) throws IOException {
        Properties translated = load("messages/handout_" + language + ".properties");
        Set<String> keys = Arrays.stream(HandoutTexts.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(keys, new TreeSet<>(translated.stringPropertyNames()), "keys of " + language);
        for (Method method : HandoutTexts.class.getDeclaredMethods()) {
            String english =
                    method.getAnnotation(io.quarkus.qute.i18n.Message.class).value();
            String text = translated.getProperty(method.getName());
            assertFalse(text.isBlank(), method.getName());
            assertEquals(parameters(english), parameters(text), method.getName() + " in " + language);
            assertFalse(text.equals(english), method.getName() + " is still English in " + language);
        }
    }

    private static Set<String> parameters(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = HandoutTextsTranslatedTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
