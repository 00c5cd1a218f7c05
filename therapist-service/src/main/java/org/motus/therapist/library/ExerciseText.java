package org.motus.therapist.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A built-in exercise's texts in one language other than English (V12); read only. */
@Entity
@Immutable
@Table(name = "exercise_text")
@IdClass(ExerciseText.Key.class)
public class ExerciseText extends PanacheEntityBase {

    @Id
    @Column(name = "exercise_id")
    public UUID exerciseId;

    @Id
    public String language;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> instructions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "common_mistakes")
    public List<String> commonMistakes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> contraindications;

    /** The composite key (a plain class, as JPA wants for an id class). */
    public static class Key implements Serializable {
        public UUID exerciseId;
        public String language;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(exerciseId, key.exerciseId)
                    && java.util.Objects.equals(language, key.language);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(exerciseId, language);
        }
    }
}
