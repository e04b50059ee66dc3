package org.ricercar.archive.catalogue.work;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import org.ricercar.search.melody.Incipit;

/** The text is an {@link Incipit} in its text form; absent values are valid. */
@Documented
@Constraint(validatedBy = ValidIncipit.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIncipit {

  String message() default
      "must be notes such as \"G4:1/4 C5:3/8 B4:1/8 r:1/4\" (pitch and octave or r for a rest,"
          + " a colon, the duration as a fraction of a whole note), at most "
          + Incipit.MAX_TEXT_LENGTH
          + " characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the text with {@link Incipit#parse}. */
  class Validator implements ConstraintValidator<ValidIncipit, String> {

    /** The canonical text form of a valid incipit; other text is returned as it is. */
    static String canonical(String text) {
      return text == null ? null : parse(text).map(Incipit::toString).orElse(text);
    }

    private static Optional<Incipit> parse(String text) {
      if (text.length() > Incipit.MAX_TEXT_LENGTH) {
        return Optional.empty();
      }
      try {
        return Optional.of(Incipit.parse(text));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || parse(value).isPresent();
    }
  }
}
