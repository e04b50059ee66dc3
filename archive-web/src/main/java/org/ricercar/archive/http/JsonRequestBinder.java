package org.ricercar.archive.http;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a JSON object into a request record, strictly: every field must be one the record declares,
 * every value must have the declared JSON type, and the bound record must pass its Bean Validation
 * constraints. All problems are reported together, each naming its field, so a form can show them
 * next to the inputs. Server-owned fields cannot be smuggled in because they are unknown.
 */
public final class JsonRequestBinder {

  /** JSON-P's provider, looked up once: Json.create… would search the class path every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private JsonRequestBinder() {}

  /**
   * Applies a JSON merge patch (RFC 7396) to a record's current details and binds the result as
   * strictly as a full request: a patch can only set fields the full request could.
   */
  @SuppressWarnings("unchecked")
  public static <T extends Record> T merge(T current, JsonObject patch) {
    JsonObject base;
    try (var reader = JSON.createReader(new StringReader(JSONB.toJson(current)))) {
      base = reader.readObject();
    }
    JsonValue merged = JSON.createMergePatch(patch).apply(base);
    return bind(merged.asJsonObject(), (Class<T>) current.getClass());
  }

  public static <T extends Record> T bind(JsonObject json, Class<T> type) {
    var errors = new ArrayList<FieldError>();
    checkObject(json, type, "", errors);
    if (!errors.isEmpty()) {
      throw RequestBodyException.invalid(errors);
    }
    T value;
    try {
      value = JSONB.fromJson(json.toString(), type);
    } catch (JsonbException e) {
      // Types were checked above, so this is unexpected; report it without internals.
      throw new RequestBodyException(400, "The request body does not fit its schema.", List.of());
    }
    var violations = VALIDATOR.validate(value);
    if (!violations.isEmpty()) {
      Map<String, String> byField = new LinkedHashMap<>();
      violations.stream()
          .sorted(
              (a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
          .forEach(
              v ->
                  byField.merge(
                      fieldName(v.getPropertyPath().toString()),
                      v.getMessage(),
                      (first, second) -> first + "; " + second));
      throw RequestBodyException.invalid(
          byField.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList());
    }
    return value;
  }

  /** Bean Validation writes list elements as {@code ids[1].<list element>}; keep {@code ids[1]}. */
  private static String fieldName(String propertyPath) {
    return propertyPath.replace(".<list element>", "");
  }

  private static void checkObject(
      JsonObject json, Class<?> type, String prefix, List<FieldError> errors) {
    Map<String, RecordComponent> components =
        Arrays.stream(type.getRecordComponents())
            .collect(Collectors.toMap(RecordComponent::getName, c -> c));
    for (String key : json.keySet()) {
      if (!components.containsKey(key)) {
        errors.add(new FieldError(prefix + key, "is not a field of this request"));
      }
    }
    for (RecordComponent component : type.getRecordComponents()) {
      JsonValue value = json.get(component.getName());
      if (value != null) {
        checkValue(
            value,
            component.getType(),
            component.getGenericType(),
            prefix + component.getName(),
            errors);
      }
    }
  }

  private static void checkValue(
      JsonValue value, Class<?> type, Type genericType, String field, List<FieldError> errors) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (type.isPrimitive()) {
        errors.add(new FieldError(field, "must not be null"));
      }
      return;
    }
    String expected = null;
    if (type == String.class) {
      expected = value instanceof JsonString ? null : "must be a string";
    } else if (type == Long.class || type == long.class) {
      expected = integral(value, Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (type == Integer.class || type == int.class) {
      expected = integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (type == Boolean.class || type == boolean.class) {
      expected =
          value.getValueType() == JsonValue.ValueType.TRUE
                  || value.getValueType() == JsonValue.ValueType.FALSE
              ? null
              : "must be true or false";
    } else if (type.isEnum()) {
      expected = enumConstant(value, type);
    } else if (List.class.isAssignableFrom(type)) {
      if (value instanceof JsonArray array) {
        Type elementType = ((ParameterizedType) genericType).getActualTypeArguments()[0];
        Class<?> elementClass = rawClass(elementType);
        for (int i = 0; i < array.size(); i++) {
          checkValue(array.get(i), elementClass, elementType, field + "[" + i + "]", errors);
        }
      } else {
        expected = "must be a list";
      }
    } else if (type.isRecord()) {
      if (value instanceof JsonObject object) {
        checkObject(object, type, field + ".", errors);
      } else {
        expected = "must be an object";
      }
    }
    if (expected != null) {
      errors.add(new FieldError(field, expected));
    }
  }

  private static String integral(JsonValue value, long min, long max) {
    if (value instanceof JsonNumber number && number.isIntegral()) {
      var big = number.bigIntegerValue();
      if (big.compareTo(java.math.BigInteger.valueOf(min)) >= 0
          && big.compareTo(java.math.BigInteger.valueOf(max)) <= 0) {
        return null;
      }
      return "is out of range";
    }
    return "must be a whole number";
  }

  private static String enumConstant(JsonValue value, Class<?> type) {
    var names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    if (value instanceof JsonString text && names.contains(text.getString())) {
      return null;
    }
    return "must be one of " + String.join(", ", names);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    // Annotated element types (List<@NotNull Long>) arrive as their underlying class above.
    return Object.class;
  }
}
