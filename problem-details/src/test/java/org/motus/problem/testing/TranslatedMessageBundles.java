package org.motus.problem.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a service's test asserts of a Quarkus Qute message bundle (ADR 0046, 0048): Qute falls back
 * to English for a missing key without a word, so this fails instead when the Spanish or German
 * properties miss a method, keep a key no method has, lose a parameter, or still say the English.
 * The English is each method's {@code @Message} value (read by name: this jar does not depend on Qute).
 */
public final class TranslatedMessageBundles {

    private static final Pattern PARAMETER = Pattern.compile("\\{(?:#if |#else|/if)?([a-z][A-Za-z]*)");

    private TranslatedMessageBundles() {}

    /** {@code resource} without the language: {@code messages/handout} for {@code messages/handout_es.properties}. */
    public static void check(Class<?> bundle, String resource) {
        for (String language : TranslatedProblemTexts.LANGUAGES) {
            String file = resource + "_" + language + ".properties";
            Properties translated = load(bundle, file);
            Set<String> keys = Arrays.stream(bundle.getDeclaredMethods())
                    .map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(keys, new TreeSet<>(translated.stringPropertyNames()), "keys of " + file);
            for (Method method : bundle.getDeclaredMethods()) {
                String english = englishOf(method);
                String text = translated.getProperty(method.getName());
                String where = bundle.getSimpleName() + "." + method.getName() + " in " + language;
                assertFalse(text.isBlank(), where);
                assertEquals(parameters(english), parameters(text), where);
                assertFalse(text.equals(english), where + " is still English");
            }
        }
    }

    private static String englishOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().getName().equals("io.quarkus.qute.i18n.Message")) {
                try {
                    return (String)
                            annotation.annotationType().getMethod("value").invoke(annotation);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError(method + " has no @Message");
    }

    private static Set<String> parameters(String template) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Properties load(Class<?> bundle, String resource) {
        try (InputStream in = bundle.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new AssertionError(resource + " cannot be read", e);
        }
    }
}
