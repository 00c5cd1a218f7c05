package org.motus.therapist.handout;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a handout is printed in: the one asked for, else the one the patient chose in
 * Motus (a therapist printing for a Spanish-speaking patient gets Spanish without asking), else
 * the language of the screen the request came from, else English (ADR 0048).
 */
public enum HandoutLanguage {
    ENGLISH("en"),
    SPANISH("es"),
    GERMAN("de");

    private final String tag;

    HandoutLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** A date as people write it in the language: "20 November 2026", "20 de noviembre de 2026", "20. November 2026". */
    public DateTimeFormatter dates() {
        return this == ENGLISH
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale());
    }

    public HandoutTexts texts() {
        return MessageBundles.get(HandoutTexts.class, Localized.Literal.of(tag));
    }

    /** The language of exactly {@code en}, {@code es} or {@code de}; empty for anything else. */
    public static Optional<HandoutLanguage> ofTag(String tag) {
        for (HandoutLanguage language : values()) {
            if (language.tag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first of the three that is a language Motus prints in. */
    public static HandoutLanguage choose(String asked, String patientsChoice, String screen) {
        return ofTag(asked)
                .or(() -> ofTag(patientsChoice))
                .or(() -> ofTag(screen))
                .orElse(ENGLISH);
    }
}
