package org.motus.patient.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/** A text no longer than {@code value} bytes in UTF-8, as the database checks it (octet_length). */
@Documented
@Constraint(validatedBy = Utf8MaxBytes.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Utf8MaxBytes {

    /** Notes and goals: 4 KB. */
    int NOTE = 4096;

    int value();

    String message() default "must be at most {value} bytes in UTF-8";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Utf8MaxBytes, String> {
        private int max;

        @Override
        public void initialize(Utf8MaxBytes annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // Fast path: a char is at most 3 UTF-8 bytes (surrogate pairs 4 for 2 chars).
            return value == null || value.length() * 3L <= max || value.getBytes(StandardCharsets.UTF_8).length <= max;
        }
    }
}
