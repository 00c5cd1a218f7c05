package org.motus.patient.language;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A language Motus speaks, by its BCP 47 tag. English is the source and the fallback. */
@Schema(
        enumeration = {"en", "es", "de"},
        description = "A language Motus speaks (BCP 47 tag)")
public enum Language {
    EN("en"),
    ES("es"),
    DE("de");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    @JsonValue
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag such as {@code es} or {@code de-AT}; {@code null} for one Motus does not speak. */
    @JsonCreator
    public static Language ofTag(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return language;
            }
        }
        return null;
    }
}
