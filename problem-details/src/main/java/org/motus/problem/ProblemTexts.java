package org.motus.problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Formats a {@link ProblemText} in a reader's language; English when no translation is there. */
public final class ProblemTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {}

    public static String format(ProblemText text, Locale reader, Object... args) {
        return new MessageFormat(pattern(text, reader), reader).format(args);
    }

    /** The translated pattern, or the English one. */
    public static String pattern(ProblemText text, Locale reader) {
        if (!Locale.ENGLISH.getLanguage().equals(reader.getLanguage())) {
            Class<?> owner = text instanceof Enum<?> constant ? constant.getDeclaringClass() : text.getClass();
            try {
                ResourceBundle bundle =
                        ResourceBundle.getBundle(owner.getName(), reader, owner.getClassLoader(), NO_FALLBACK);
                if (bundle.getLocale().getLanguage().equals(reader.getLanguage()) && bundle.containsKey(text.name())) {
                    return bundle.getString(text.name());
                }
            } catch (MissingResourceException noTranslations) {
                // answered in English below
            }
        }
        return text.english();
    }
}
