package org.ricercar.archive.catalogue;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The text is a {@link HistoricalDate}; absent values are valid. */
@Documented
@Constraint(validatedBy = ValidDate.Validator.class)
@Target({
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidDate {

  /** Whether a range such as 1835/1837 is allowed. */
  boolean range() default true;

  String message() default
      "must be a date such as 1841, 1841-03, 1841-03-14, 1841? (uncertain) or 1841~ (approximate)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the text with {@link HistoricalDate#parse}. */
  class Validator implements ConstraintValidator<ValidDate, String> {

    private boolean range;

    @Override
    public void initialize(ValidDate annotation) {
      range = annotation.range();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || HistoricalDate.parse(value, range).isPresent()) {
        return true;
      }
      if (range) {
        context.disableDefaultConstraintViolation();
        context
            .buildConstraintViolationWithTemplate(
                "must be a date such as 1841, 1841-03-14, 1841~ (approximate) or a range 1835/1837"
                    + " whose end is not before its start")
            .addConstraintViolation();
      }
      return false;
    }
  }
}
