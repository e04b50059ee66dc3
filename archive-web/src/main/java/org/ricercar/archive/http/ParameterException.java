package org.ricercar.archive.http;

/** A query parameter or header with a value the API cannot use. */
public class ParameterException extends RuntimeException {

  private final String parameter;

  public ParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
