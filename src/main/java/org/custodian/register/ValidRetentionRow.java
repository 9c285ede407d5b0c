package org.custodian.register;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * RET-1, RET-2: a retention row passes {@link NoIndefiniteRetention}; each refusal is reported on its own field of
 * the row ({@code amount}, {@code archiveCondition} ...), so that the form shows it beside that field.
 */
@Documented
@Constraint(validatedBy = ValidRetentionRow.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ValidRetentionRow {

    String message() default "{register.retention.amount.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Asks the rule and turns each of its violations into a constraint violation on the named field.
     */
    class Check implements ConstraintValidator<ValidRetentionRow, ActivityChange.RetentionRow> {

        @Override
        public boolean isValid(ActivityChange.RetentionRow row, ConstraintValidatorContext context) {
            if (row == null) {
                return true;
            }
            var violations = NoIndefiniteRetention.violations(row);
            if (violations.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (var violation : violations) {
                context.buildConstraintViolationWithTemplate("{" + violation.messageKey() + "}")
                        .addPropertyNode(violation.field())
                        .addConstraintViolation();
            }
            return false;
        }
    }
}
