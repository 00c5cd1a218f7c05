package org.motus.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/**
 * The language to answer a problem in: the first of the request's {@code Accept-Language} that
 * Motus speaks (English, Spanish, German), else English. The web app sends the language it shows.
 */
public final class ReaderLanguage {

    public static final List<String> SPOKEN = List.of("en", "es", "de");

    private ReaderLanguage() {}

    /** The reader of a JAX-RS request; English without one (a mapper called outside a request). */
    public static Locale of(HttpHeaders headers) {
        try {
            return headers == null ? Locale.ENGLISH : of(headers.getAcceptableLanguages());
        } catch (RuntimeException unreadable) {
            return Locale.ENGLISH;
        }
    }

    /** From the acceptable languages in preference order (JAX-RS {@code HttpHeaders}). */
    public static Locale of(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                String language = locale.getLanguage();
                if (SPOKEN.contains(language)) {
                    return Locale.forLanguageTag(language);
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** From a raw {@code Accept-Language} header; a malformed one reads as English. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            return of(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
