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
 * RET-1: the number of a retention row fits its unit ({@link RetentionUnit#accepts}); the refusal is reported on
 * the row's {@code amount} field, so that the form shows it beside the number.
 */
@Documented
@Constraint(validatedBy = RetentionAmount.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface RetentionAmount {

    String message() default "{register.retention.amount.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Refuses a number outside its unit's range, with the unit's own message ("between 1 and 100 years").
     */
    class Check implements ConstraintValidator<RetentionAmount, ActivityChange.RetentionRow> {

        @Override
        public boolean isValid(ActivityChange.RetentionRow row, ConstraintValidatorContext context) {
            if (row == null || row.unit() == null || row.unit().accepts(row.amount())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{register.retention.amount.invalid." + row.unit() + "}")
                    .addPropertyNode("amount")
                    .addConstraintViolation();
            return false;
        }
    }
}
