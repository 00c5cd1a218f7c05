package org.motus.patient.language;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's language choice: a tag Motus speaks, or null for "follow my browser". */
public record LanguageChoice(
        @Schema(
                nullable = true,
                enumeration = {"en", "es", "de"},
                description = "en, es or de; null: no choice, the app follows the browser and emails are in English")
        @Pattern(regexp = "^(en|es|de)$", message = "must be en, es or de (or null to follow the browser)")
        String language) {

    static LanguageChoice of(java.util.Optional<Language> language) {
        return new LanguageChoice(language.map(Language::tag).orElse(null));
    }
}
