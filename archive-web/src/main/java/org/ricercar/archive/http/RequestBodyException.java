package org.ricercar.archive.http;

import java.util.List;

/** A request body that cannot be accepted: malformed, too large, or with invalid fields. */
public class RequestBodyException extends RuntimeException {

  private final int status;
  private final List<FieldError> errors;

  public RequestBodyException(int status, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.errors = List.copyOf(errors);
  }

  public static RequestBodyException invalid(List<FieldError> errors) {
    return new RequestBodyException(
        400, "The request has " + errors.size() + " invalid field(s).", errors);
  }

  public int status() {
    return status;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
