package org.motus.patient.language;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The language one person chose (their Keycloak subject). */
@Entity
@Table(name = "language_preference")
public class LanguagePreference extends PanacheEntityBase {

    @Id
    public String subject;

    @Convert(converter = TagConverter.class)
    @Column(nullable = false)
    public Language language;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Stored by tag ({@code es}), the way the table's check constraint and every client spell it. */
    @Converter
    public static class TagConverter implements AttributeConverter<Language, String> {
        @Override
        public String convertToDatabaseColumn(Language language) {
            return language == null ? null : language.tag();
        }

        @Override
        public Language convertToEntityAttribute(String tag) {
            return Language.ofTag(tag);
        }
    }
}
