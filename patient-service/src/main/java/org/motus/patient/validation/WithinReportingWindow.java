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
import java.time.Instant;
import org.motus.patient.rules.ReportingWindow;

/** A time the client reports: not in the future, not older than seven days ({@link ReportingWindow}). */
@Documented
@Constraint(validatedBy = WithinReportingWindow.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface WithinReportingWindow {

    String message() default "must not be in the future nor older than 7 days";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<WithinReportingWindow, Instant> {
        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            Instant now = context.getClockProvider().getClock().instant();
            ReportingWindow.Verdict verdict = ReportingWindow.check(value, now);
            if (verdict == ReportingWindow.Verdict.ACCEPTED) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            verdict == ReportingWindow.Verdict.IN_THE_FUTURE
                                    ? "must not be in the future"
                                    : "must not be older than 7 days")
                    .addConstraintViolation();
            return false;
        }
    }
}
