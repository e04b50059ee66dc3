package org.ricercar.archive.http;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param type a URI reference naming the kind of problem; {@code about:blank} for plain HTTP errors
 * @param title a short summary of that kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong this time, in words a person can act on
 * @param instance a URN identifying this occurrence; the server log carries the same id
 * @param errors for invalid requests, one entry per offending field
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
